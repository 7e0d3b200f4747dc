#include "diff/comparison.hpp"

#include <algorithm>

namespace driftgate::diff {
namespace {

using normalize::Verdict;

// "a, b, c" from the parts' texts; parts a side does not have (a key only the other side has)
// are left out.
std::string joined(const std::vector<std::optional<std::string>>& texts,
                   const std::string& separator) {
  std::string result;
  bool first = true;
  for (const auto& text : texts) {
    if (!text) continue;
    if (!first) result += separator;
    result += *text;
    first = false;
  }
  return result;
}

}  // namespace

Comparison compare_values(bool equal, std::optional<std::string> expected,
                          std::optional<std::string> actual) {
  Comparison result;
  result.verdict = equal ? Verdict::Equal : Verdict::Different;
  result.expected = std::move(expected);
  result.actual = std::move(actual);
  return result;
}

Comparison compare_texts(const std::optional<std::string>& expected,
                         const std::optional<std::string>& actual) {
  return compare_values(expected == actual, expected, actual);
}

Comparison compare_expressions(const normalize::ExpressionComparator& comparator,
                               const std::optional<std::string>& expected,
                               const std::optional<std::string>& actual,
                               const normalize::ExpressionContext& context) {
  Comparison result;
  result.expected_raw = expected;
  result.actual_raw = actual;
  result.expected = expected;
  result.actual = actual;
  if (!expected && !actual) return result;
  if (!expected || !actual) {
    result.verdict = Verdict::Different;
    return result;
  }
  const normalize::ExpressionComparison decision = comparator.compare(*expected, *actual, context);
  result.verdict = decision.verdict;
  result.decided_by = decision.decided_by;
  result.reason = decision.reason;
  // A comparator that could not normalise a side leaves its normal form empty.
  if (!decision.expected_normal.empty()) result.expected = decision.expected_normal;
  if (!decision.actual_normal.empty()) result.actual = decision.actual_normal;
  if (result.verdict == Verdict::Uncompared && result.reason.empty()) {
    result.reason = "the comparator could not decide";
  }
  return result;
}

Comparison join_comparisons(const std::vector<Comparison>& parts, const std::string& separator) {
  Comparison result;
  std::vector<std::optional<std::string>> expected, actual, expected_raw, actual_raw;
  bool any_raw = false;
  for (const auto& part : parts) {
    if (part.verdict == Verdict::Different) {
      result.verdict = Verdict::Different;
    } else if (part.verdict == Verdict::Uncompared && result.verdict == Verdict::Equal) {
      result.verdict = Verdict::Uncompared;
    }
    if (part.verdict == Verdict::Uncompared && !part.reason.empty()) {
      result.reason += (result.reason.empty() ? "" : "; ") + part.reason;
    }
    if (part.decided_by && !result.decided_by) result.decided_by = part.decided_by;
    any_raw = any_raw || part.expected_raw || part.actual_raw;
    expected.push_back(part.expected);
    actual.push_back(part.actual);
    expected_raw.push_back(part.expected_raw ? part.expected_raw : part.expected);
    actual_raw.push_back(part.actual_raw ? part.actual_raw : part.actual);
  }
  if (result.verdict == Verdict::Different) result.reason.clear();
  // A side whose every part is absent (an index with no keys on one side) has no text at all.
  auto side = [&separator](const std::vector<std::optional<std::string>>& texts,
                           bool present) -> std::optional<std::string> {
    if (!present) return std::nullopt;
    return joined(texts, separator);
  };
  const bool has_expected = std::any_of(expected.begin(), expected.end(),
                                        [](const auto& text) { return text.has_value(); });
  const bool has_actual =
      std::any_of(actual.begin(), actual.end(), [](const auto& text) { return text.has_value(); });
  result.expected = side(expected, has_expected);
  result.actual = side(actual, has_actual);
  if (any_raw) {
    result.expected_raw = side(expected_raw, has_expected);
    result.actual_raw = side(actual_raw, has_actual);
  }
  return result;
}

}  // namespace driftgate::diff
