#include "parse/search_path.hpp"

#include "parse/implicit_names.hpp"

namespace driftgate::parse {
namespace {

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

}  // namespace

std::vector<std::string> parse_search_path(std::string_view value) {
  std::vector<std::string> schemas;
  std::size_t at = 0;
  while (at < value.size()) {
    while (at < value.size() && is_space(value[at])) ++at;
    if (at >= value.size()) break;
    std::string name;
    if (value[at] == '"') {
      ++at;
      while (at < value.size()) {
        if (value[at] == '"') {
          if (at + 1 < value.size() && value[at + 1] == '"') {
            name += '"';
            at += 2;
            continue;
          }
          ++at;
          break;
        }
        name += value[at++];
      }
    } else {
      while (at < value.size() && value[at] != ',' && !is_space(value[at])) {
        const char ch = value[at++];
        name += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
    }
    while (at < value.size() && is_space(value[at])) ++at;
    if (at < value.size() && value[at] == ',') ++at;
    if (!name.empty()) schemas.push_back(truncate_identifier(name));
  }
  return schemas;
}

}  // namespace driftgate::parse
