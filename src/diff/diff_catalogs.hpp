#pragma once

#include <vector>

#include "diff/diff_options.hpp"
#include "diff/drift_item.hpp"
#include "model/catalog.hpp"
#include "normalize/expression_comparator.hpp"

namespace driftgate::diff {

/// Every difference between `expected` (the definition, or the FROM source) and `actual` (the
/// target), ordered by object, then drift kind, then attribute. Expression-valued attributes
/// (defaults, generation and CHECK expressions, index expressions and predicates, partition
/// keys and bounds, view queries) are decided by `comparator`; everything else by value. Parts
/// of a missing or unexpected table (columns, constraints, indexes) are covered by the table's
/// item and not listed again. Each item carries the SQL that would fix it, derived last.
/// Deterministic: the same catalogs give the same list.
std::vector<DriftItem> diff_catalogs(const model::Catalog& expected, const model::Catalog& actual,
                                     const normalize::ExpressionComparator& comparator,
                                     const DiffOptions& options);

}  // namespace driftgate::diff
