#pragma once

#include <memory>

#include "normalize/expression_comparator.hpp"

namespace driftgate::cli {

/// The comparator `diff` and `check` decide expressions with: the parser-based normaliser once
/// it is available, until then one that reports differing texts as uncompared (never as drift).
std::unique_ptr<normalize::ExpressionComparator> make_expression_comparator();

}  // namespace driftgate::cli
