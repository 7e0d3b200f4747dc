#pragma once

#include <string>
#include <vector>

#include "normalize/expression_comparator.hpp"
#include "parse/parser_comparator.hpp"

namespace driftgate::test {

/// One comparison and the verdict it must give: the definition's text, the text PostgreSQL
/// printed, where the expression sits (kind, column type) and the expected verdict.
struct ComparatorCase {
  normalize::ExpressionKind kind;
  std::string column_type;
  std::string expected;
  std::string actual;
  normalize::Verdict verdict;
};

/// The verdict's word, for messages.
std::string verdict_name(normalize::Verdict verdict);

/// Runs every case through `comparator`, each as its own DYNAMIC_SECTION, and checks the
/// verdict; for Equal also that both normal forms are the same text, for Uncompared that a
/// reason is given.
void check_cases(const parse::ParserComparator& comparator, const std::vector<ComparatorCase>& cases);

}  // namespace driftgate::test
