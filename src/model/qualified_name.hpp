#pragma once

#include <compare>
#include <string>

namespace driftgate::model {

/// Identity of a schema-scoped object: its schema and its name, both as PostgreSQL stores them
/// (already case-folded, never quoted).
struct QualifiedName {
  std::string schema;
  std::string name;

  auto operator<=>(const QualifiedName&) const = default;
  bool operator==(const QualifiedName&) const = default;
};

/// `schema.name` with each part quoted only where PostgreSQL needs it.
std::string to_sql(const QualifiedName& name);

}  // namespace driftgate::model
