#include <map>

#include <nlohmann/json.hpp>

#include "model/catalog_json.hpp"
#include "model/enum_names.hpp"
#include "model/json_cursor.hpp"
#include "util/error.hpp"

// The reading half of the JSON form (catalog_json.cpp writes it). Every value is checked
// through a JsonCursor so an error names the file, the JSON Pointer and what was expected.

namespace driftgate::model {
namespace {

template <typename Enum>
Enum read_enum(const JsonCursor& at) {
  const std::string word = at.string();
  if (auto value = enum_from_name<Enum>(word)) return *value;
  at.fail_expected("one of " + enum_name_list<Enum>());
}

SourceLocation read_location(const JsonCursor& at) {
  at.expect_keys({"file", "line", "column"});
  return SourceLocation{at.field("file").string(), at.field("line").non_negative_int(),
                        at.field("column").non_negative_int()};
}

QualifiedName read_qualified(const JsonCursor& at) {
  at.expect_keys({"schema", "name"});
  return QualifiedName{at.field("schema").name(), at.field("name").name()};
}

// The identity of a schema-scoped object, stored flat as "schema" and "name".
QualifiedName read_identity(const JsonCursor& at) {
  return QualifiedName{at.field("schema").name(), at.field("name").name()};
}

SequenceOptions read_sequence_options(const JsonCursor& at) {
  at.expect_keys({"data_type", "start", "increment", "min_value", "max_value", "cache", "cycle"});
  SequenceOptions options;
  const JsonCursor data_type = at.field("data_type");
  options.data_type = data_type.string();
  if (options.data_type != "smallint" && options.data_type != "integer" &&
      options.data_type != "bigint") {
    data_type.fail_expected("one of smallint, integer, bigint");
  }
  options.start = at.field("start").int64();
  options.increment = at.field("increment").int64();
  options.min_value = at.field("min_value").int64();
  options.max_value = at.field("max_value").int64();
  options.cache = at.field("cache").int64();
  options.cycle = at.field("cycle").boolean();
  return options;
}

Schema read_schema(const JsonCursor& at) {
  at.expect_keys({"name", "comment", "location"});
  return Schema{at.field("name").name(), at.field("comment").optional_string(),
                read_location(at.field("location"))};
}

Extension read_extension(const JsonCursor& at) {
  at.expect_keys({"name", "schema", "version", "comment", "location"});
  return Extension{at.field("name").name(), at.field("schema").string(),
                   at.field("version").optional_string(), at.field("comment").optional_string(),
                   read_location(at.field("location"))};
}

EnumType read_enum_type(const JsonCursor& at) {
  at.expect_keys({"schema", "name", "labels", "comment", "location"});
  return EnumType{read_identity(at), at.field("labels").strings(),
                  at.field("comment").optional_string(), read_location(at.field("location"))};
}

Sequence read_sequence(const JsonCursor& at) {
  at.expect_keys({"schema", "name", "options", "owned_by", "comment", "location"});
  Sequence sequence;
  sequence.name = read_identity(at);
  sequence.options = read_sequence_options(at.field("options"));
  const JsonCursor owned_by = at.field("owned_by");
  if (!owned_by.is_null()) {
    owned_by.expect_keys({"table", "column"});
    sequence.owned_by =
        ColumnRef{read_qualified(owned_by.field("table")), owned_by.field("column").name()};
  }
  sequence.comment = at.field("comment").optional_string();
  sequence.location = read_location(at.field("location"));
  return sequence;
}

Column read_column(const JsonCursor& at) {
  at.expect_keys({"name", "type", "collation", "not_null", "default_expr", "identity",
                  "identity_options", "generated", "comment", "location"});
  Column column;
  column.name = at.field("name").name();
  column.type = at.field("type").name();
  column.collation = at.field("collation").optional_string();
  column.not_null = at.field("not_null").boolean();
  column.default_expr = at.field("default_expr").optional_string();
  column.identity = read_enum<IdentityKind>(at.field("identity"));
  const JsonCursor identity_options = at.field("identity_options");
  if (!identity_options.is_null()) {
    if (column.identity == IdentityKind::None) {
      identity_options.fail_expected("null for a column whose identity is \"none\"");
    }
    column.identity_options = read_sequence_options(identity_options);
  }
  column.generated = at.field("generated").optional_string();
  column.comment = at.field("comment").optional_string();
  column.location = read_location(at.field("location"));
  return column;
}

ForeignKey read_foreign_key(const JsonCursor& at) {
  at.expect_keys(
      {"ref_table", "ref_columns", "match", "on_delete", "on_update", "on_delete_columns"});
  ForeignKey foreign_key;
  foreign_key.ref_table = read_qualified(at.field("ref_table"));
  foreign_key.ref_columns = at.field("ref_columns").strings();
  foreign_key.match = read_enum<MatchType>(at.field("match"));
  foreign_key.on_delete = read_enum<ReferentialAction>(at.field("on_delete"));
  foreign_key.on_update = read_enum<ReferentialAction>(at.field("on_update"));
  foreign_key.on_delete_columns = at.field("on_delete_columns").strings();
  return foreign_key;
}

Exclusion read_exclusion(const JsonCursor& at) {
  at.expect_keys({"method", "elements", "predicate"});
  Exclusion exclusion;
  exclusion.method = at.field("method").name();
  const JsonCursor elements = at.field("elements");
  for (std::size_t i = 0; i < elements.size(); ++i) {
    const JsonCursor element = elements.element(i);
    element.expect_keys({"element", "is_expression", "opclass", "descending", "nulls_first", "op"});
    exclusion.elements.push_back(ExclusionElement{
        element.field("element").name(), element.field("is_expression").boolean(),
        element.field("opclass").optional_string(), element.field("descending").boolean(),
        element.field("nulls_first").boolean(), element.field("op").name()});
  }
  exclusion.predicate = at.field("predicate").optional_string();
  return exclusion;
}

Constraint read_constraint(const JsonCursor& at) {
  at.expect_keys({"name", "kind", "columns", "include", "nulls_not_distinct", "foreign_key",
                  "check", "exclusion", "deferrable", "initially_deferred", "not_valid",
                  "no_inherit", "comment", "location"});
  Constraint constraint;
  constraint.name = at.field("name").name();
  constraint.kind = read_enum<ConstraintKind>(at.field("kind"));
  constraint.columns = at.field("columns").strings();
  constraint.include = at.field("include").strings();
  constraint.nulls_not_distinct = at.field("nulls_not_distinct").boolean();
  const JsonCursor foreign_key = at.field("foreign_key");
  if (!foreign_key.is_null()) constraint.foreign_key = read_foreign_key(foreign_key);
  constraint.check = at.field("check").optional_string();
  const JsonCursor exclusion = at.field("exclusion");
  if (!exclusion.is_null()) constraint.exclusion = read_exclusion(exclusion);
  constraint.deferrable = at.field("deferrable").boolean();
  constraint.initially_deferred = at.field("initially_deferred").boolean();
  constraint.not_valid = at.field("not_valid").boolean();
  constraint.no_inherit = at.field("no_inherit").boolean();
  constraint.comment = at.field("comment").optional_string();
  constraint.location = read_location(at.field("location"));

  // What each kind needs to be written as SQL at all.
  switch (constraint.kind) {
    case ConstraintKind::PrimaryKey:
    case ConstraintKind::Unique:
      if (constraint.columns.empty()) at.field("columns").fail_expected("at least one column");
      break;
    case ConstraintKind::ForeignKey:
      if (!constraint.foreign_key) foreign_key.fail_expected("an object for a foreign key");
      if (constraint.columns.empty()) at.field("columns").fail_expected("at least one column");
      break;
    case ConstraintKind::Check:
      if (!constraint.check) at.field("check").fail_expected("an expression for a check");
      break;
    case ConstraintKind::Exclusion:
      if (!constraint.exclusion) exclusion.fail_expected("an object for an exclusion");
      break;
  }
  return constraint;
}

Table read_table(const JsonCursor& at) {
  at.expect_keys({"schema", "name", "kind", "columns", "constraints", "partition_key",
                  "partition_of", "partition_bound", "comment", "location"});
  Table table;
  table.name = read_identity(at);
  table.kind = read_enum<TableKind>(at.field("kind"));
  const JsonCursor columns = at.field("columns");
  std::map<std::string, std::size_t> column_positions;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    Column column = read_column(columns.element(i));
    auto [previous, inserted] = column_positions.emplace(column.name, i);
    if (!inserted) {
      columns.element(i).fail("column \"" + column.name + "\" is already defined at " +
                              columns.path() + "/" + std::to_string(previous->second));
    }
    table.columns.push_back(std::move(column));
  }
  const JsonCursor constraints = at.field("constraints");
  for (std::size_t i = 0; i < constraints.size(); ++i) {
    Constraint constraint = read_constraint(constraints.element(i));
    const std::string name = constraint.name;
    if (!table.constraints.emplace(name, std::move(constraint)).second) {
      constraints.element(i).fail("constraint \"" + name + "\" appears twice in this table");
    }
  }
  table.partition_key = at.field("partition_key").optional_string();
  const JsonCursor partition_of = at.field("partition_of");
  if (!partition_of.is_null()) table.partition_of = read_qualified(partition_of);
  table.partition_bound = at.field("partition_bound").optional_string();
  table.comment = at.field("comment").optional_string();
  table.location = read_location(at.field("location"));

  if (table.kind == TableKind::Partitioned && !table.partition_key) {
    at.field("partition_key").fail_expected("the partition key of a partitioned table");
  }
  if (table.kind == TableKind::Partition && (!table.partition_of || !table.partition_bound)) {
    at.field(table.partition_of ? "partition_bound" : "partition_of")
        .fail_expected("the parent and the bound of a partition");
  }
  return table;
}

Index read_index(const JsonCursor& at) {
  at.expect_keys({"schema", "name", "table", "unique", "nulls_not_distinct", "method", "keys",
                  "include", "predicate", "comment", "location"});
  Index index;
  index.name = read_identity(at);
  index.table = read_qualified(at.field("table"));
  index.unique = at.field("unique").boolean();
  index.nulls_not_distinct = at.field("nulls_not_distinct").boolean();
  index.method = at.field("method").name();
  const JsonCursor keys = at.field("keys");
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const JsonCursor key = keys.element(i);
    key.expect_keys(
        {"element", "is_expression", "collation", "opclass", "descending", "nulls_first"});
    index.keys.push_back(
        IndexKey{key.field("element").name(), key.field("is_expression").boolean(),
                 key.field("collation").optional_string(), key.field("opclass").optional_string(),
                 key.field("descending").boolean(), key.field("nulls_first").boolean()});
  }
  if (index.keys.empty()) keys.fail_expected("at least one key");
  index.include = at.field("include").strings();
  index.predicate = at.field("predicate").optional_string();
  index.comment = at.field("comment").optional_string();
  index.location = read_location(at.field("location"));
  return index;
}

View read_view(const JsonCursor& at) {
  at.expect_keys({"schema", "name", "materialized", "definition", "comment", "location"});
  return View{read_identity(at), at.field("materialized").boolean(), at.field("definition").name(),
              at.field("comment").optional_string(), read_location(at.field("location"))};
}

std::string describe(const std::string& key) { return "\"" + key + "\""; }
std::string describe(const QualifiedName& key) { return "\"" + key.schema + "." + key.name + "\""; }

// Reads the array `kind` of the document into `objects`, keyed by `key_of`; an object that
// appears twice is an error naming both positions.
template <typename Map, typename Read, typename KeyOf>
void read_objects(const JsonCursor& document, std::string_view kind, Map& objects, Read read,
                  KeyOf key_of) {
  const JsonCursor array = document.field(kind);
  std::map<typename Map::key_type, std::size_t> positions;
  for (std::size_t i = 0; i < array.size(); ++i) {
    auto object = read(array.element(i));
    auto key = key_of(object);
    auto [previous, inserted] = positions.emplace(key, i);
    if (!inserted) {
      array.element(i).fail(describe(key) + " is already defined at " + array.path() + "/" +
                            std::to_string(previous->second));
    }
    objects.emplace(std::move(key), std::move(object));
  }
}

}  // namespace

Catalog catalog_from_json_value(const nlohmann::json& document, const std::string& origin) {
  const JsonCursor root(document, origin);
  const std::string expected(model_format);
  if (!document.is_object()) root.fail_expected("an object with \"format\": \"" + expected + "\"");
  if (!document.contains("format")) {
    root.fail("this is not a driftgate model: it has no \"format\" key (expected \"format\": \"" +
              expected + "\")");
  }
  const JsonCursor format = root.field("format");
  if (!document["format"].is_string() || document["format"].get<std::string>() != expected) {
    format.fail_expected("\"" + expected +
                         "\" (this driftgate reads only that model format version)");
  }
  root.expect_keys(
      {"format", "schemas", "extensions", "enums", "sequences", "tables", "indexes", "views"});

  Catalog catalog;
  read_objects(root, "schemas", catalog.schemas, read_schema,
               [](const Schema& schema) { return schema.name; });
  read_objects(root, "extensions", catalog.extensions, read_extension,
               [](const Extension& extension) { return extension.name; });
  read_objects(root, "enums", catalog.enums, read_enum_type,
               [](const EnumType& enum_type) { return enum_type.name; });
  read_objects(root, "sequences", catalog.sequences, read_sequence,
               [](const Sequence& sequence) { return sequence.name; });
  read_objects(root, "tables", catalog.tables, read_table,
               [](const Table& table) { return table.name; });
  read_objects(root, "indexes", catalog.indexes, read_index,
               [](const Index& index) { return index.name; });
  read_objects(root, "views", catalog.views, read_view, [](const View& view) { return view.name; });
  return catalog;
}

Catalog catalog_from_json(std::string_view text, const std::string& origin) {
  nlohmann::json document;
  try {
    document = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& error) {
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1,
    // column 7: …"; the part after the bracket already says where and what.
    std::string detail = error.what();
    if (auto bracket = detail.find("] "); bracket != std::string::npos) {
      detail = detail.substr(bracket + 2);
    }
    throw input_error(origin + ": not valid JSON: " + detail +
                      " (a model snapshot is written by `driftgate inspect SOURCE --format json`)");
  }
  return catalog_from_json_value(document, origin);
}

}  // namespace driftgate::model
