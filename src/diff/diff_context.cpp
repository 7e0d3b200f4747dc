#include "diff/diff_context.hpp"

namespace driftgate::diff {

void DiffContext::add_missing(const ObjectId& object, const model::SourceLocation& location,
                              std::optional<std::string> summary) {
  DriftItem item;
  item.object = object;
  item.display_name = display_name(object);
  item.kind = DriftKind::Missing;
  item.expected = std::move(summary);
  item.safety = SafetyClass::Additive;
  item.location = location;
  items.push_back(std::move(item));
}

void DiffContext::add_unexpected(const ObjectId& object, const model::SourceLocation& location,
                                 std::optional<std::string> summary) {
  DriftItem item;
  item.object = object;
  item.display_name = display_name(object);
  item.kind = DriftKind::Unexpected;
  item.actual = std::move(summary);
  item.safety = SafetyClass::Destroys;
  item.location = location;
  items.push_back(std::move(item));
}

void DiffContext::add_comparison(const ObjectId& object, Attribute attribute,
                                 const Comparison& comparison, SafetyClass safety,
                                 const model::SourceLocation& location) {
  if (comparison.verdict == normalize::Verdict::Equal) return;
  DriftItem item;
  item.object = object;
  item.display_name = display_name(object);
  item.kind = comparison.verdict == normalize::Verdict::Uncompared ? DriftKind::Uncompared
                                                                   : DriftKind::Changed;
  item.attribute = attribute;
  item.expected = comparison.expected;
  item.actual = comparison.actual;
  item.expected_raw = comparison.expected_raw;
  item.actual_raw = comparison.actual_raw;
  item.reason = comparison.reason;
  item.decided_by = comparison.decided_by;
  item.safety = safety;
  item.location = location;
  items.push_back(std::move(item));
}

void DiffContext::compare_expression(const ObjectId& object, Attribute attribute,
                                     const std::optional<std::string>& expected_text,
                                     const std::optional<std::string>& actual_text,
                                     const normalize::ExpressionContext& expression_context,
                                     SafetyClass safety, const model::SourceLocation& location) {
  add_comparison(object, attribute,
                 compare_expressions(comparator, expected_text, actual_text, expression_context),
                 safety, location);
}

const model::SourceLocation& either_location(const model::SourceLocation& expected,
                                             const model::SourceLocation& actual) {
  return expected.empty() ? actual : expected;
}

void compare_comment(DiffContext& context, const ObjectId& object,
                     const std::optional<std::string>& expected,
                     const std::optional<std::string>& actual,
                     const model::SourceLocation& location) {
  context.add_comparison(object, Attribute::Comment, compare_texts(expected, actual),
                         SafetyClass::Additive, location);
}

}  // namespace driftgate::diff
