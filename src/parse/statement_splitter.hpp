#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace driftgate::parse {

/// A byte range of SQL text: [begin, end).
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Top-level statements and psql meta-command lines found in a file.
struct SplitText {
  std::vector<TextSpan> statements;     ///< each up to and including its `;` (the last may lack one)
  std::vector<TextSpan> meta_commands;  ///< a backslash where a statement would start, to end of line
};

/// Finds statement boundaries the way psql does: semicolons outside quotes ('…', E'…', "…",
/// $tag$…$tag$), comments (`--`, nested `/* */`) and parentheses. Never fails: on unterminated
/// text the rest of the file is one statement, and the SQL parser reports the error.
/// The split only decides where libpg_query's input chunks end; the parser has the last word.
SplitText split_statements(std::string_view text);

}  // namespace driftgate::parse
