#include "normalize/identical_text_comparator.hpp"

namespace driftgate::normalize {

ExpressionComparison IdenticalTextComparator::compare(std::string_view expected,
                                                      std::string_view actual,
                                                      const ExpressionContext& /*context*/) const {
  ExpressionComparison result;
  result.expected_normal = std::string(expected);
  result.actual_normal = std::string(actual);
  result.decided_by = DecidedBy::Parser;
  if (expected == actual) {
    result.verdict = Verdict::Equal;
  } else {
    result.verdict = Verdict::Uncompared;
    result.reason = "the texts differ and no normaliser could decide whether they mean the same";
  }
  return result;
}

}  // namespace driftgate::normalize
