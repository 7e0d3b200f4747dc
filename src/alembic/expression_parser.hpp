#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "alembic/python_expression.hpp"
#include "alembic/python_token.hpp"

namespace driftgate::alembic {

/// Parses the expression in tokens [begin, end) of a logical line. `file_text` supplies each
/// node's source text. Never throws: what the subset does not cover becomes an Other node
/// holding its text. A bare `a, b` is a Tuple.
Expression parse_expression(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                            std::string_view file_text);

}  // namespace driftgate::alembic
