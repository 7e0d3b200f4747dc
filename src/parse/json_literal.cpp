#include "parse/json_literal.hpp"

#include <nlohmann/json.hpp>

namespace driftgate::parse {

std::optional<bool> same_jsonb_value(std::string_view left, std::string_view right) {
  // jsonb keeps the last of duplicate keys, as nlohmann's parser does; numbers compare by value.
  const auto a = nlohmann::json::parse(left, nullptr, false);
  const auto b = nlohmann::json::parse(right, nullptr, false);
  if (a.is_discarded() || b.is_discarded()) return std::nullopt;
  return a == b;
}

}  // namespace driftgate::parse
