#include "diff/object_id.hpp"

#include <tuple>

#include "model/identifier.hpp"
#include "model/qualified_name.hpp"

namespace driftgate::diff {
namespace {

// Schemas come first, then extensions, then everything that lives in a schema.
int top_rank(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Schema: return 0;
    case ObjectKind::Extension: return 1;
    default: return 2;
  }
}

// Within a schema: enums, sequences, tables with their parts, indexes, views.
int kind_rank(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Schema:
    case ObjectKind::Extension: return 0;
    case ObjectKind::Enum: return 1;
    case ObjectKind::Sequence: return 2;
    case ObjectKind::Table:
    case ObjectKind::Column:
    case ObjectKind::Constraint: return 3;
    case ObjectKind::Index: return 4;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return 5;
  }
  return 6;
}

// A table sorts before its columns, and its columns before its constraints.
int part_rank(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Column: return 1;
    case ObjectKind::Constraint: return 2;
    case ObjectKind::MaterializedView: return 1;
    default: return 0;
  }
}

// For a table's parts, the table; for anything else, the object's own name.
const std::string& owner_name(const ObjectId& object) {
  const bool is_part = object.kind == ObjectKind::Column || object.kind == ObjectKind::Constraint;
  return is_part ? object.table : object.name;
}

auto sort_key(const ObjectId& object) {
  return std::make_tuple(top_rank(object.kind), std::cref(object.schema), kind_rank(object.kind),
                         std::cref(owner_name(object)), part_rank(object.kind),
                         std::cref(object.name));
}

}  // namespace

bool operator<(const ObjectId& left, const ObjectId& right) {
  return sort_key(left) < sort_key(right);
}

std::string display_name(const ObjectId& object) {
  switch (object.kind) {
    case ObjectKind::Schema:
    case ObjectKind::Extension:
      return model::quote_ident(object.name);
    case ObjectKind::Column:
    case ObjectKind::Constraint:
      return model::to_sql(model::QualifiedName{object.schema, object.table}) + "." +
             model::quote_ident(object.name);
    default:
      return model::to_sql(model::QualifiedName{object.schema, object.name});
  }
}

std::string_view object_kind_name(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::Schema: return "schema";
    case ObjectKind::Extension: return "extension";
    case ObjectKind::Enum: return "enum";
    case ObjectKind::Sequence: return "sequence";
    case ObjectKind::Table: return "table";
    case ObjectKind::Column: return "column";
    case ObjectKind::Constraint: return "constraint";
    case ObjectKind::Index: return "index";
    case ObjectKind::View: return "view";
    case ObjectKind::MaterializedView: return "materialized_view";
  }
  return "table";
}

std::string_view object_kind_label(ObjectKind kind) {
  return kind == ObjectKind::MaterializedView ? "materialized view" : object_kind_name(kind);
}

ObjectId owning_object(const ObjectId& object) {
  if (object.kind != ObjectKind::Column && object.kind != ObjectKind::Constraint) return object;
  return ObjectId{ObjectKind::Table, object.schema, "", object.table};
}

}  // namespace driftgate::diff
