#include "parse/statement_splitter.hpp"

#include "parse/source_text.hpp"

namespace driftgate::parse {
namespace {

bool is_identifier_char(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
         ch == '$' || (static_cast<unsigned char>(ch) >= 0x80);
}

/// The end of a string literal starting at the quote `at`; backslashes escape in E'' strings.
std::size_t skip_string(std::string_view text, std::size_t at, bool backslash_escapes) {
  ++at;
  while (at < text.size()) {
    const char ch = text[at];
    if (backslash_escapes && ch == '\\') {
      at += 2;
    } else if (ch == '\'') {
      if (at + 1 < text.size() && text[at + 1] == '\'') {
        at += 2;
      } else {
        return at + 1;
      }
    } else {
      ++at;
    }
  }
  return text.size();
}

/// The length of a dollar-quote tag (`$tag$`) starting at `at`, or 0 when there is none.
std::size_t dollar_tag_length(std::string_view text, std::size_t at) {
  std::size_t end = at + 1;
  if (end < text.size() && text[end] >= '0' && text[end] <= '9') return 0;
  while (end < text.size() && text[end] != '$') {
    const char ch = text[end];
    if (!is_identifier_char(ch) || ch == '$') return 0;
    ++end;
  }
  return end < text.size() ? end - at + 1 : 0;
}

}  // namespace

SplitText split_statements(std::string_view text) {
  SplitText split;
  const std::size_t size = text.size();
  std::size_t statement_begin = 0;
  bool at_statement_start = true;
  int depth = 0;
  std::size_t at = 0;
  while (at < size) {
    if (at_statement_start) {
      at = skip_blanks_and_comments(text, at);
      if (at < size && text[at] == '\\') {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = size;
        split.meta_commands.push_back({at, end});
        at = end;
        continue;
      }
      at_statement_start = false;
      statement_begin = at;
      if (at >= size) break;
    }
    const char ch = text[at];
    switch (ch) {
      case '\'': {
        const bool escapes = at > 0 && (text[at - 1] == 'E' || text[at - 1] == 'e') &&
                             (at < 2 || !is_identifier_char(text[at - 2]));
        at = skip_string(text, at, escapes);
        break;
      }
      case '"': {
        const std::size_t close = text.find('"', at + 1);
        at = close == std::string_view::npos ? size : close + 1;
        break;
      }
      case '$': {
        const std::size_t tag = (at > 0 && is_identifier_char(text[at - 1])) ? 0 : dollar_tag_length(text, at);
        if (tag == 0) {
          ++at;
          break;
        }
        const std::size_t close = text.find(text.substr(at, tag), at + tag);
        at = close == std::string_view::npos ? size : close + tag;
        break;
      }
      case '-':
      case '/':
        if ((ch == '-' && at + 1 < size && text[at + 1] == '-') || (ch == '/' && at + 1 < size && text[at + 1] == '*')) {
          at = skip_blanks_and_comments(text, at);
        } else {
          ++at;
        }
        break;
      case '(':
        ++depth;
        ++at;
        break;
      case ')':
        if (depth > 0) --depth;
        ++at;
        break;
      case ';':
        ++at;
        if (depth == 0) {
          split.statements.push_back({statement_begin, at});
          at_statement_start = true;
        }
        break;
      default:
        ++at;
        break;
    }
  }
  if (!at_statement_start && statement_begin < size) split.statements.push_back({statement_begin, size});
  return split;
}

}  // namespace driftgate::parse
