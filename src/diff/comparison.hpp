#pragma once

#include <optional>
#include <string>
#include <vector>

#include "normalize/expression_comparator.hpp"

namespace driftgate::diff {

/// The outcome of comparing one attribute of an object on both sides, with the texts a report
/// shows: normal forms (what was compared) and, for expressions, the raw texts.
struct Comparison {
  normalize::Verdict verdict = normalize::Verdict::Equal;
  std::optional<std::string> expected;  ///< normal form; nullopt when the side has none
  std::optional<std::string> actual;
  std::optional<std::string> expected_raw;
  std::optional<std::string> actual_raw;
  std::string reason;  ///< why Uncompared
  std::optional<normalize::DecidedBy> decided_by;
};

/// A comparison of plain values already decided by the caller (`equal`), shown as the texts.
Comparison compare_values(bool equal, std::optional<std::string> expected,
                          std::optional<std::string> actual);

/// compare_values for values whose text is their whole identity (type names, methods).
Comparison compare_texts(const std::optional<std::string>& expected,
                         const std::optional<std::string>& actual);

/// Two optional expression texts: both absent is Equal, one absent is Different, both present
/// is what `comparator` decides in `context`.
Comparison compare_expressions(const normalize::ExpressionComparator& comparator,
                               const std::optional<std::string>& expected,
                               const std::optional<std::string>& actual,
                               const normalize::ExpressionContext& context);

/// Several comparisons as one (the keys of an index): Different if any part is, otherwise
/// Uncompared if any part is, otherwise Equal; texts joined with `separator`.
Comparison join_comparisons(const std::vector<Comparison>& parts, const std::string& separator);

}  // namespace driftgate::diff
