#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

/// `[schema.]name` from a list of names.
model::QualifiedName relation_name(LoadContext& context, const std::vector<std::string>& names) {
  if (names.empty()) throw StatementError("COMMENT ON needs an object name");
  const std::string schema = names.size() >= 2 ? names[names.size() - 2] : "";
  return context.resolve_relation(schema, names.back());
}

[[noreturn]] void fail_missing(const std::string& what) {
  throw StatementError("COMMENT ON " + what + ": it is not defined before this statement; define it first");
}

template <typename Map, typename Key>
auto& require(Map& map, const Key& key, const std::string& what) {
  auto found = map.find(key);
  if (found == map.end()) fail_missing(what);
  return found->second;
}

model::Table& require_table(LoadContext& context, const model::QualifiedName& name) {
  return require(context.catalog().tables, name, "table " + model::to_sql(name));
}

}  // namespace

void transform_comment(LoadContext& context, const PgQuery__CommentStmt& statement) {
  std::optional<std::string> comment;
  if (!text_of(statement.comment).empty()) comment = std::string(statement.comment);
  model::Catalog& catalog = context.catalog();
  const std::vector<std::string> names = string_values(list_items(statement.object));

  switch (statement.objtype) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA: {
      const std::string name(string_value(statement.object));
      // initdb's public schema is a model object only with a comment of its own (as
      // introspection reads it); its standard comment changes nothing.
      if (name == "public" && catalog.schemas.count(name) == 0) {
        if (!comment || *comment == "standard public schema") {
          context.skip("COMMENT ON SCHEMA public: the standard comment of every database's public schema");
          return;
        }
        model::Schema schema;
        schema.name = name;
        schema.location = context.statement_location();
        catalog.schemas.emplace(name, std::move(schema));
      }
      require(catalog.schemas, name, "schema " + model::quote_ident(name)).comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION: {
      const std::string name(string_value(statement.object));
      require(catalog.extensions, name, "extension " + model::quote_ident(name)).comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE: {
      if (statement.object == nullptr || statement.object->node_case != PG_QUERY__NODE__NODE_TYPE_NAME) return;
      const PgQuery__TypeName& type = *statement.object->type_name;
      const std::vector<std::string> type_names = string_values(nodes(type.names, type.n_names));
      const std::string& base = type_names.back();
      const std::string schema =
          type_names.size() >= 2 ? type_names[type_names.size() - 2] : context.resolve_type_schema(base);
      auto found = catalog.enums.find({schema, base});
      if (found == catalog.enums.end()) {
        context.warn("COMMENT ON TYPE " + model::quote_ident(schema) + "." + model::quote_ident(base) +
                     ": only enum types are part of the model; ignored");
        return;
      }
      found->second.comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE: {
      const model::QualifiedName name = relation_name(context, names);
      require(catalog.sequences, name, "sequence " + model::to_sql(name)).comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      require_table(context, relation_name(context, names)).comment = comment;
      return;
    case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
    case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
      const model::QualifiedName name = relation_name(context, names);
      require(catalog.views, name, "view " + model::to_sql(name)).comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX: {
      const model::QualifiedName name = relation_name(context, names);
      auto found = catalog.indexes.find(name);
      if (found != catalog.indexes.end()) {
        found->second.comment = comment;
      } else if (context.relation(name) != nullptr) {
        context.warn("COMMENT ON INDEX " + model::to_sql(name) +
                     ": the index belongs to a constraint (or to a parent's index), which the model "
                     "describes instead; ignored");
      } else {
        fail_missing("index " + model::to_sql(name));
      }
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
      if (names.size() < 2) throw StatementError("COMMENT ON COLUMN needs table.column");
      const model::QualifiedName table_name =
          relation_name(context, std::vector<std::string>(names.begin(), names.end() - 1));
      if (catalog.views.count(table_name) > 0) {
        context.warn("COMMENT ON COLUMN of view " + model::to_sql(table_name) + ": view columns are not part of "
                     "the model; ignored");
        return;
      }
      model::Table& table = require_table(context, table_name);
      model::Column* column = table.find_column(names.back());
      if (column == nullptr) fail_missing("column " + model::quote_ident(names.back()) + " of " + model::to_sql(table_name));
      column->comment = comment;
      return;
    }
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT: {
      if (names.size() < 2) throw StatementError("COMMENT ON CONSTRAINT needs a constraint and a table");
      const model::QualifiedName table_name =
          relation_name(context, std::vector<std::string>(names.begin(), names.end() - 1));
      model::Table& table = require_table(context, table_name);
      require(table.constraints, names.back(),
              "constraint " + model::quote_ident(names.back()) + " on " + model::to_sql(table_name))
          .comment = comment;
      return;
    }
    default: {
      const ProtobufCEnumValue* value = protobuf_c_enum_descriptor_get_value(
          &pg_query__object_type__descriptor, static_cast<int>(statement.objtype));
      std::string kind = value != nullptr ? value->name : "object";
      if (kind.rfind("OBJECT_", 0) == 0) kind.erase(0, 7);
      context.warn("COMMENT ON " + kind + " is not part of driftgate's model yet; the statement was ignored");
    }
  }
}

}  // namespace driftgate::parse
