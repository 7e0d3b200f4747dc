#pragma once

#include <string>

#include <pg_query/pg_query.pb-c.h>

#include "parse/normalize_options.hpp"

namespace driftgate::parse {

/// How PostgreSQL treats a constant of a type when it stores and prints it.
enum class TypeCategory {
  Integer,      ///< smallint, integer, bigint
  Numeric,      ///< numeric
  Float,        ///< real, double precision
  Boolean,      ///< boolean: printed as true / false
  Verbatim,     ///< text-like types and enums: printed exactly as written
  Regclass,     ///< a relation name, printed qualified where the search path needs it
  Reformatted,  ///< every other type: its output function may print a value differently
};

/// The identity of a type name in normal form, without type modifiers: builtin types by their
/// internal name (`int4`, `varchar`), others `status` (in the first schema) or `app.status`,
/// with `[]` for arrays. Expects a name canonicalize_names has seen.
std::string type_key(const PgQuery__TypeName& type);

/// The category of the type with `key`.
TypeCategory type_category(const std::string& key, const NormalizeOptions& options);

}  // namespace driftgate::parse
