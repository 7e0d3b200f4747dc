#pragma once

#include <string>
#include <string_view>

#include "alembic/python_token.hpp"

namespace driftgate::alembic {

/// Splits Python source `text` (read from `path`) into logical lines of tokens: names, numbers,
/// every string form (quotes, triple quotes, r/b/u/f prefixes, escapes decoded), operators;
/// comments dropped, newlines inside brackets and after `\` joined. Never throws: unterminated
/// strings, unbalanced brackets and bytes that are not Python source end the reading with a
/// problem at their file:line:column (the lines read before it are kept).
TokenizedFile tokenize_python(std::string_view text, const std::string& path);

}  // namespace driftgate::alembic
