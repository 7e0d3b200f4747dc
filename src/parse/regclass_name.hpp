#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace driftgate::parse {

/// The names of a qualified name written in a string (`'public."My Seq"'`), read the way
/// regclassin reads it: split at dots outside double quotes, unquoted parts folded to lower
/// case, every part truncated to 63 bytes. nullopt for a malformed text.
std::optional<std::vector<std::string>> split_qualified_name(std::string_view text);

}  // namespace driftgate::parse
