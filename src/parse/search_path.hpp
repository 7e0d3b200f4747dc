#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace driftgate::parse {

/// The schemas of a search_path setting written as one string (`'a, "My Schema", public'`):
/// unquoted names fold to lower case, quoted ones keep their case, `""` is a quote.
std::vector<std::string> parse_search_path(std::string_view value);

}  // namespace driftgate::parse
