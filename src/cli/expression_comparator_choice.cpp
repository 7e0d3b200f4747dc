#include "cli/expression_comparator_choice.hpp"

#include "normalize/identical_text_comparator.hpp"

namespace driftgate::cli {

std::unique_ptr<normalize::ExpressionComparator> make_expression_comparator() {
  return std::make_unique<normalize::IdenticalTextComparator>();
}

}  // namespace driftgate::cli
