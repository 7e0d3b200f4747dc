#pragma once

#include <optional>
#include <string_view>

namespace driftgate::parse {

/// Whether two jsonb literal texts hold the same value (key order, white space and number
/// spelling aside), or nullopt when either is not JSON nlohmann reads exactly (then only
/// PostgreSQL can tell).
std::optional<bool> same_jsonb_value(std::string_view left, std::string_view right);

}  // namespace driftgate::parse
