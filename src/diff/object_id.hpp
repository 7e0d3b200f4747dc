#pragma once

#include <string>
#include <string_view>

namespace driftgate::diff {

/// The kinds of object a drift item can be about. Views and materialized views are separate
/// kinds because they are created and dropped with different statements.
enum class ObjectKind {
  Schema,
  Extension,
  Enum,
  Sequence,
  Table,
  Column,
  Constraint,
  Index,
  View,
  MaterializedView,
};

/// The identity of an object, as stored by PostgreSQL (case-folded, unquoted). Schemas and
/// extensions have only `name`; schema-scoped objects have `schema` and `name`; columns and
/// constraints also have `table` (their table's name, in `schema`). Indexes are identified by
/// schema and name alone, as PostgreSQL identifies them.
struct ObjectId {
  ObjectKind kind = ObjectKind::Table;
  std::string schema;
  std::string table;
  std::string name;

  bool operator==(const ObjectId&) const = default;
};

/// Orders objects so that a report reads top-down: schemas, then extensions, then each schema's
/// enums, sequences, tables (each followed by its columns and constraints), indexes and views;
/// by name within each.
bool operator<(const ObjectId& left, const ObjectId& right);

/// The name as SQL writes it, each part quoted only where needed: `public.users.email`,
/// `sales."Order"`, `pg_trgm`.
std::string display_name(const ObjectId& object);

/// The lower-case word for a kind as reports write it ("materialized_view").
std::string_view object_kind_name(ObjectKind kind);

/// The kind as people read it ("materialized view").
std::string_view object_kind_label(ObjectKind kind);

/// The object a column or constraint belongs to (its table); any other object itself. Reports
/// group items by it.
ObjectId owning_object(const ObjectId& object);

}  // namespace driftgate::diff
