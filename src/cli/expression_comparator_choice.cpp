#include "cli/expression_comparator_choice.hpp"

#include "parse/parser_comparator.hpp"

namespace driftgate::cli {

std::unique_ptr<normalize::ExpressionComparator> make_expression_comparator(
    const LoadedSource& expected, const LoadedSource& actual) {
  parse::ComparatorSettings settings =
      parse::comparator_settings(expected.catalog, actual.catalog, expected.search_path);
  settings.target_timezone = actual.timezone;
  return std::make_unique<parse::ParserComparator>(settings);
}

std::unique_ptr<normalize::ExpressionComparator> make_expression_comparator(
    const model::Catalog& expected, const model::Catalog& actual,
    const std::vector<std::string>& search_path) {
  return std::make_unique<parse::ParserComparator>(
      parse::comparator_settings(expected, actual, search_path));
}

}  // namespace driftgate::cli
