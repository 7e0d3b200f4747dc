#include "parse/regclass_name.hpp"

#include <cctype>

namespace driftgate::parse {
namespace {

constexpr std::size_t kMaxIdentifierBytes = 63;

/// Truncates to 63 bytes without splitting a UTF-8 character, as truncate_identifier does.
void truncate_identifier(std::string& name) {
  if (name.size() <= kMaxIdentifierBytes) return;
  std::size_t length = kMaxIdentifierBytes;
  while (length > 0 && (static_cast<unsigned char>(name[length]) & 0xC0) == 0x80) --length;
  name.resize(length);
}

bool is_space(char ch) { return std::isspace(static_cast<unsigned char>(ch)) != 0; }

}  // namespace

std::optional<std::vector<std::string>> split_qualified_name(std::string_view text) {
  std::vector<std::string> names;
  std::size_t i = 0;
  while (i < text.size() && is_space(text[i])) ++i;
  if (i == text.size()) return std::nullopt;
  for (;;) {
    std::string name;
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) return std::nullopt;  // unterminated quote
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            name += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        name += text[i++];
      }
      if (name.empty()) return std::nullopt;
    } else {
      while (i < text.size() && text[i] != '.' && !is_space(text[i])) {
        const char ch = text[i++];
        name += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      if (name.empty()) return std::nullopt;
    }
    truncate_identifier(name);
    names.push_back(std::move(name));
    while (i < text.size() && is_space(text[i])) ++i;
    if (i == text.size()) break;
    if (text[i] != '.') return std::nullopt;
    ++i;
    while (i < text.size() && is_space(text[i])) ++i;
    if (i == text.size()) return std::nullopt;
  }
  if (names.size() > 3) return std::nullopt;
  return names;
}

}  // namespace driftgate::parse
