#include "cli/expression_comparator_choice.hpp"

#include "parse/parser_comparator.hpp"

namespace driftgate::cli {

std::unique_ptr<normalize::ExpressionComparator> make_expression_comparator(
    const LoadedSource& expected, const LoadedSource& actual) {
  return std::make_unique<parse::ParserComparator>(
      parse::comparator_settings(expected.catalog, actual.catalog, expected.search_path));
}

}  // namespace driftgate::cli
