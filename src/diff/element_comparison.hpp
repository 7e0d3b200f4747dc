#pragma once

#include <vector>

#include "diff/comparison.hpp"
#include "model/constraint.hpp"
#include "model/index.hpp"
#include "normalize/expression_comparator.hpp"

// Index keys and exclusion elements: lists whose items are a column or an expression plus
// options. Columns and options compare by value, expressions through the comparator.

namespace driftgate::diff {

/// The keys of two indexes (or the index's own table context in `context`), position by position.
Comparison compare_index_keys(const normalize::ExpressionComparator& comparator,
                              const std::vector<model::IndexKey>& expected,
                              const std::vector<model::IndexKey>& actual,
                              const normalize::ExpressionContext& context);

/// The method and elements of two exclusion constraints.
Comparison compare_exclusion_elements(const normalize::ExpressionComparator& comparator,
                                      const model::Exclusion& expected,
                                      const model::Exclusion& actual,
                                      const normalize::ExpressionContext& context);

}  // namespace driftgate::diff
