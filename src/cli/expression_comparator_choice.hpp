#pragma once

#include <memory>

#include "cli/load_source.hpp"
#include "normalize/expression_comparator.hpp"

namespace driftgate::cli {

/// The comparator `diff` and `check` decide expressions with when comparing `expected` with
/// `actual`: the parser-based normaliser (parse::ParserComparator), told the enum types of both
/// sides and the search path of the expected side (the definition's, when it is one).
std::unique_ptr<normalize::ExpressionComparator> make_expression_comparator(
    const LoadedSource& expected, const LoadedSource& actual);

/// The same for two catalogs, `search_path` being the expected side's.
std::unique_ptr<normalize::ExpressionComparator> make_expression_comparator(
    const model::Catalog& expected, const model::Catalog& actual,
    const std::vector<std::string>& search_path);

}  // namespace driftgate::cli
