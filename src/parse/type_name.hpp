#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <pg_query/pg_query.pb-c.h>

namespace driftgate::parse {

/// The schema an unqualified, non-builtin type name refers to (the loader follows the search
/// path and the enum types defined so far).
using TypeSchemaResolver = std::function<std::string(const std::string& type_name)>;

/// Whether a type is an array of the named type.
enum class ArrayType { No, Yes };

/// The text PostgreSQL's format_type(oid, typmod) prints for the pg_catalog type `typname`
/// (`int4`, `varchar`, `_int4`…) with the given type modifiers, with search_path = pg_catalog:
/// `integer`, `character varying(20)`, `integer[]`, `timestamp(3) with time zone`.
std::string format_builtin_type(std::string_view typname, const std::vector<std::int64_t>& typmods,
                                ArrayType array);

/// The canonical text of a parsed type name: builtin types by their SQL names, other types
/// schema-qualified with each part quoted where needed (`public.status`, `"S"."Mood"[]`).
/// Throws a StatementError for forms the model cannot hold (`%TYPE`, `SETOF`).
std::string canonical_type_name(const PgQuery__TypeName& type, const TypeSchemaResolver& resolve);

/// The last part of a type name as written (`int4` for `pg_catalog.int4`, `serial`).
std::string type_base_name(const PgQuery__TypeName& type);

}  // namespace driftgate::parse
