#include "parse/comparator_cases.hpp"

#include <catch2/catch.hpp>

namespace driftgate::test {

std::string verdict_name(normalize::Verdict verdict) {
  switch (verdict) {
    case normalize::Verdict::Equal: return "equal";
    case normalize::Verdict::Different: return "different";
    case normalize::Verdict::Uncompared: return "uncompared";
  }
  return "?";
}

void check_cases(const parse::ParserComparator& comparator, const std::vector<ComparatorCase>& cases) {
  for (const ComparatorCase& item : cases) {
    DYNAMIC_SECTION(item.expected << "  vs  " << item.actual) {
      normalize::ExpressionContext context;
      context.kind = item.kind;
      context.table = {"public", "t"};
      context.column_type = item.column_type;
      const normalize::ExpressionComparison result = comparator.compare(item.expected, item.actual, context);
      INFO("expected normal: " << result.expected_normal);
      INFO("actual normal:   " << result.actual_normal);
      INFO("reason:          " << result.reason);
      CHECK(verdict_name(result.verdict) == verdict_name(item.verdict));
      CHECK(result.decided_by == normalize::DecidedBy::Parser);
      if (item.verdict == normalize::Verdict::Equal) CHECK(result.expected_normal == result.actual_normal);
      if (item.verdict == normalize::Verdict::Uncompared) CHECK_FALSE(result.reason.empty());
      if (item.verdict == normalize::Verdict::Different) CHECK(result.expected_normal != result.actual_normal);
    }
  }
}

}  // namespace driftgate::test
