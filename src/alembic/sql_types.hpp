#pragma once

#include <optional>
#include <string>
#include <vector>

#include "alembic/python_expression.hpp"

namespace driftgate::alembic {

/// An enum type a column type brings along (`sa.Enum("a", "b", name="mood")`).
struct EnumDefinition {
  std::string schema;  ///< empty: the search path's
  std::string name;
  std::vector<std::string> labels;
  bool create = true;  ///< false for `postgresql.ENUM(..., create_type=False)`
};

/// A SQLAlchemy type as PostgreSQL DDL.
struct SqlType {
  std::string sql;                            ///< `VARCHAR(50)`, `TIMESTAMP WITH TIME ZONE`, `mood`
  std::optional<EnumDefinition> enum_type;
  bool integer = false;                       ///< Integer/BigInteger/SmallInteger (serial candidates)
  std::string serial;                         ///< the serial pseudo-type for integer types
  std::string unknown_name;                   ///< set when the type was not recognised (kept by name)
};

/// Maps a type expression (`sa.String(length=50)`, `postgresql.ARRAY(sa.Integer())`, `sa.Enum(…)`,
/// `postgresql.JSONB`) to PostgreSQL DDL. A type driftgate does not know is kept by its name
/// (quoted), never guessed, and flagged in `unknown_name`. Throws NotUnderstood for expressions
/// that are not types at all (`MyEnum` without a name=…).
SqlType sql_type(const Expression& type);

}  // namespace driftgate::alembic
