#pragma once

#include <string_view>

namespace driftgate::parse {

/// True when `name` is a type of pg_catalog in PostgreSQL 15 (`int4`, `text`, `_int4`, …).
bool is_builtin_type_name(std::string_view name);

}  // namespace driftgate::parse
