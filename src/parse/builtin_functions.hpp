#pragma once

#include <string_view>

namespace driftgate::parse {

/// True when `name` is the name of a function of pg_catalog in PostgreSQL 15 (`lower`, `now`…).
bool is_builtin_function_name(std::string_view name);

}  // namespace driftgate::parse
