#include "diff/element_comparison.hpp"

#include <functional>

#include "model/ddl_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::diff {
namespace {

using normalize::Verdict;

// What follows a key's column or expression: ` COLLATE "C" text_pattern_ops DESC`.
std::string key_options(const model::IndexKey& key) {
  std::string text;
  if (key.collation) text += " COLLATE " + *key.collation;
  if (key.opclass) text += " " + model::ddl_text::opclass_sql(*key.opclass);
  return text + model::ddl_text::ordering_sql(key.descending, key.nulls_first);
}

std::string element_options(const model::ExclusionElement& element) {
  std::string text;
  if (element.opclass) text += " " + model::ddl_text::opclass_sql(*element.opclass);
  return text + model::ddl_text::ordering_sql(element.descending, element.nulls_first) +
         " WITH " + element.op;
}

// One element of a list: its element text (a column or an expression), whether it is an
// expression, and the options after it. Only in `expected` or `actual` when the lists differ in
// length.
struct ElementText {
  std::string element;
  bool is_expression = false;
  std::string options;
};

Comparison compare_element(const normalize::ExpressionComparator& comparator,
                           const std::optional<ElementText>& expected,
                           const std::optional<ElementText>& actual,
                           const normalize::ExpressionContext& context) {
  auto text = [](const std::optional<ElementText>& side) -> std::optional<std::string> {
    if (!side) return std::nullopt;
    return model::ddl_text::element_sql(side->element, side->is_expression) + side->options;
  };
  if (expected && actual && expected->is_expression && actual->is_expression) {
    Comparison result = compare_expressions(comparator, expected->element, actual->element, context);
    if (expected->options != actual->options) {
      result.verdict = Verdict::Different;
      result.reason.clear();
    }
    auto wrap = [](const std::optional<std::string>& expression, const std::string& options) {
      return std::optional<std::string>("(" + expression.value_or("") + ")" + options);
    };
    result.expected = wrap(result.expected, expected->options);
    result.actual = wrap(result.actual, actual->options);
    result.expected_raw = wrap(result.expected_raw, expected->options);
    result.actual_raw = wrap(result.actual_raw, actual->options);
    return result;
  }
  const bool equal = expected && actual && expected->element == actual->element &&
                     expected->is_expression == actual->is_expression &&
                     expected->options == actual->options;
  return compare_values(equal, text(expected), text(actual));
}

template <typename Element>
Comparison compare_lists(const normalize::ExpressionComparator& comparator,
                         const std::vector<Element>& expected, const std::vector<Element>& actual,
                         const normalize::ExpressionContext& context,
                         const std::function<ElementText(const Element&)>& describe) {
  std::vector<Comparison> parts;
  const std::size_t count = std::max(expected.size(), actual.size());
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<ElementText> left;
    std::optional<ElementText> right;
    if (i < expected.size()) left = describe(expected[i]);
    if (i < actual.size()) right = describe(actual[i]);
    parts.push_back(compare_element(comparator, left, right, context));
  }
  return join_comparisons(parts, ", ");
}

}  // namespace

Comparison compare_index_keys(const normalize::ExpressionComparator& comparator,
                              const std::vector<model::IndexKey>& expected,
                              const std::vector<model::IndexKey>& actual,
                              const normalize::ExpressionContext& context) {
  return compare_lists<model::IndexKey>(
      comparator, expected, actual, context, [](const model::IndexKey& key) {
        return ElementText{key.element, key.is_expression, key_options(key)};
      });
}

Comparison compare_exclusion_elements(const normalize::ExpressionComparator& comparator,
                                      const model::Exclusion& expected,
                                      const model::Exclusion& actual,
                                      const normalize::ExpressionContext& context) {
  Comparison elements = compare_lists<model::ExclusionElement>(
      comparator, expected.elements, actual.elements, context,
      [](const model::ExclusionElement& element) {
        return ElementText{element.element, element.is_expression, element_options(element)};
      });
  const std::string expected_method = "USING " + model::quote_ident(expected.method) + " ";
  const std::string actual_method = "USING " + model::quote_ident(actual.method) + " ";
  if (expected.method != actual.method) {
    elements.verdict = Verdict::Different;
    elements.reason.clear();
  }
  auto prefix = [](const std::string& method, std::optional<std::string>& text) {
    text = method + "(" + text.value_or("") + ")";
  };
  prefix(expected_method, elements.expected);
  prefix(actual_method, elements.actual);
  if (elements.expected_raw || elements.actual_raw) {
    prefix(expected_method, elements.expected_raw);
    prefix(actual_method, elements.actual_raw);
  }
  return elements;
}

}  // namespace driftgate::diff
