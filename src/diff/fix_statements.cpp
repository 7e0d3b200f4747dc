#include "diff/fix_statements.hpp"

#include <algorithm>
#include <set>

#include "diff/alter_sql.hpp"
#include "model/ddl.hpp"
#include "util/map_find.hpp"

namespace driftgate::diff {
namespace {

using model::QualifiedName;

template <typename Object>
void add_comment(std::vector<std::string>& statements, const Object& object) {
  if (auto sql = model::comment_sql(object)) statements.push_back(*sql);
}

// COMMENT ON … IS '…' for the expected comment; an empty string removes one in PostgreSQL.
template <typename Object>
std::vector<std::string> set_comment(Object object) {
  if (!object.comment) object.comment = "";
  return {*model::comment_sql(object)};
}

QualifiedName qualified(const ObjectId& object) { return QualifiedName{object.schema, object.name}; }


FixStatements unavailable(const std::string& note) { return FixStatements{{}, note}; }

}  // namespace

std::vector<std::string> add_enum_labels(const model::EnumType& expected,
                                         const model::EnumType& actual, model::Existing existing) {
  std::vector<std::string> statements;
  std::set<std::string> present(actual.labels.begin(), actual.labels.end());
  for (std::size_t i = 0; i < expected.labels.size(); ++i) {
    const std::string& label = expected.labels[i];
    if (present.count(label) > 0) continue;
    if (i > 0) {
      statements.push_back(
          add_enum_value_sql(expected.name, label, expected.labels[i - 1], false, existing));
    } else {
      auto next = std::find_if(expected.labels.begin() + 1, expected.labels.end(),
                               [&present](const std::string& other) { return present.count(other) > 0; });
      statements.push_back(next == expected.labels.end()
                               ? add_enum_value_sql(expected.name, label, "", false, existing)
                               : add_enum_value_sql(expected.name, label, *next, true, existing));
    }
    present.insert(label);
  }
  return statements;
}

namespace {

FixStatements schema_fix(const DriftItem& item, const model::Catalog& expected) {
  if (item.kind == DriftKind::Unexpected) return {{drop_schema_sql(item.object.name)}, ""};
  const model::Schema* schema = find_value(expected.schemas, item.object.name);
  if (schema == nullptr) return {};
  if (item.kind == DriftKind::Missing) {
    std::vector<std::string> statements{model::create_schema_sql(*schema)};
    add_comment(statements, *schema);
    return {statements, ""};
  }
  return {set_comment(*schema), ""};
}

FixStatements extension_fix(const DriftItem& item, const model::Catalog& expected) {
  if (item.kind == DriftKind::Unexpected) return {{drop_extension_sql(item.object.name)}, ""};
  const model::Extension* extension = find_value(expected.extensions, item.object.name);
  if (extension == nullptr) return {};
  switch (item.attribute) {
    case Attribute::None: {
      std::vector<std::string> statements{model::create_extension_sql(*extension)};
      add_comment(statements, *extension);
      return {statements, ""};
    }
    case Attribute::ExtensionSchema:
      return {{alter_extension_schema_sql(extension->name, extension->schema)}, ""};
    case Attribute::ExtensionVersion:
      return {{alter_extension_version_sql(extension->name, extension->version.value_or(""))}, ""};
    default:
      return {set_comment(*extension), ""};
  }
}

FixStatements enum_fix(const DriftItem& item, const model::Catalog& expected,
                       const model::Catalog& actual) {
  if (item.kind == DriftKind::Unexpected) return {{drop_type_sql(qualified(item.object))}, ""};
  const model::EnumType* type = find_value(expected.enums, qualified(item.object));
  if (type == nullptr) return {};
  if (item.kind == DriftKind::Missing) {
    std::vector<std::string> statements{model::create_enum_sql(*type)};
    add_comment(statements, *type);
    return {statements, ""};
  }
  if (item.attribute == Attribute::Comment) return {set_comment(*type), ""};
  const model::EnumType* target = find_value(actual.enums, qualified(item.object));
  if (item.safety != SafetyClass::Additive || target == nullptr) {
    return unavailable("PostgreSQL cannot remove or reorder enum labels in place: create the type "
                       "anew and move the columns that use it over");
  }
  return {add_enum_labels(*type, *target), ""};
}

FixStatements sequence_fix(const DriftItem& item, const model::Catalog& expected) {
  if (item.kind == DriftKind::Unexpected) return {{drop_sequence_sql(qualified(item.object))}, ""};
  const model::Sequence* sequence = find_value(expected.sequences, qualified(item.object));
  if (sequence == nullptr) return {};
  switch (item.attribute) {
    case Attribute::None: {
      std::vector<std::string> statements{model::create_sequence_sql(*sequence)};
      if (auto owned = model::sequence_owned_by_sql(*sequence)) statements.push_back(*owned);
      add_comment(statements, *sequence);
      return {statements, ""};
    }
    case Attribute::SequenceOptions:
      return {{alter_sequence_options_sql(*sequence)}, ""};
    case Attribute::OwnedBy: {
      auto owned = model::sequence_owned_by_sql(*sequence);
      return {{owned ? *owned : sequence_owned_by_none_sql(sequence->name)}, ""};
    }
    default:
      return {set_comment(*sequence), ""};
  }
}

FixStatements index_fix(const DriftItem& item, const model::Catalog& expected) {
  if (item.kind == DriftKind::Unexpected) return {{drop_index_sql(qualified(item.object))}, ""};
  const model::Index* index = find_value(expected.indexes, qualified(item.object));
  if (index == nullptr) return {};
  if (item.kind == DriftKind::Missing) return {create_index_statements(*index), ""};
  if (item.attribute == Attribute::Comment) return {set_comment(*index), ""};
  std::vector<std::string> statements{drop_index_sql(index->name)};
  for (auto& statement : create_index_statements(*index)) statements.push_back(statement);
  return {statements, ""};
}

FixStatements view_fix(const DriftItem& item, const model::Catalog& expected,
                       const model::Catalog& actual) {
  if (item.kind == DriftKind::Unexpected) {
    const model::View* view = find_value(actual.views, qualified(item.object));
    return view == nullptr ? FixStatements{} : FixStatements{{drop_view_sql(*view)}, ""};
  }
  const model::View* view = find_value(expected.views, qualified(item.object));
  if (view == nullptr) return {};
  if (item.kind == DriftKind::Missing) return {create_view_statements(*view, expected), ""};
  if (item.attribute == Attribute::Comment) return {set_comment(*view), ""};
  if (!view->materialized) {
    std::vector<std::string> statements{replace_view_sql(*view)};
    add_comment(statements, *view);
    return {statements, ""};
  }
  // A materialized view's query cannot be replaced: drop it (with its indexes) and build it anew.
  std::vector<std::string> statements{drop_view_sql(*view)};
  for (auto& statement : create_view_statements(*view, expected)) statements.push_back(statement);
  return {statements, ""};
}

}  // namespace

std::vector<std::string> create_index_statements(const model::Index& index) {
  std::vector<std::string> statements{model::create_index_sql(index)};
  add_comment(statements, index);
  return statements;
}

std::vector<std::string> create_view_statements(const model::View& view,
                                                const model::Catalog& catalog) {
  std::vector<std::string> statements{model::create_view_sql(view)};
  add_comment(statements, view);
  if (view.materialized) {
    for (const auto& [name, index] : catalog.indexes) {
      if (index.table != view.name) continue;
      for (auto& statement : create_index_statements(index)) statements.push_back(statement);
    }
  }
  return statements;
}

FixStatements fix_statements(const DriftItem& item, const model::Catalog& expected,
                             const model::Catalog& actual) {
  if (item.kind == DriftKind::Uncompared) {
    return unavailable("not compared, so nothing to fix until it is decided");
  }
  switch (item.object.kind) {
    case ObjectKind::Schema: return schema_fix(item, expected);
    case ObjectKind::Extension: return extension_fix(item, expected);
    case ObjectKind::Enum: return enum_fix(item, expected, actual);
    case ObjectKind::Sequence: return sequence_fix(item, expected);
    case ObjectKind::Table:
    case ObjectKind::Column:
    case ObjectKind::Constraint: return fix_table_statements(item, expected, actual);
    case ObjectKind::Index: return index_fix(item, expected);
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return view_fix(item, expected, actual);
  }
  return {};
}

}  // namespace driftgate::diff
