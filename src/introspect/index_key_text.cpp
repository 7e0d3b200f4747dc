#include "introspect/index_key_text.hpp"

namespace driftgate::introspect {

namespace {

// The index of the parenthesis closing the one at `open`, skipping string literals and quoted
// identifiers; npos when unbalanced.
std::size_t matching_paren(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\'' || c == '"') {
      // '' and "" inside stay inside: the scan resumes after the closing quote either way.
      auto close = text.find(c, i + 1);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string unwrap_index_expression(std::string_view printed) {
  if (printed.size() >= 2 && printed.front() == '(' &&
      matching_paren(printed, 0) == printed.size() - 1) {
    return std::string(printed.substr(1, printed.size() - 2));
  }
  return std::string(printed);
}

bool prints_collation(std::string_view full_definition, std::string_view printed_expression,
                      std::string_view collation) {
  std::string clause(printed_expression);
  clause += " COLLATE ";
  clause += collation;
  return full_definition.find(clause) != std::string_view::npos;
}

}  // namespace driftgate::introspect
