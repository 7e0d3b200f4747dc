#include "parse/normalize_expression.hpp"

#include "parse/normalize_rules.hpp"

namespace driftgate::parse {

TextShape text_shape(normalize::ExpressionKind kind) {
  switch (kind) {
    case normalize::ExpressionKind::ViewQuery: return TextShape::Query;
    case normalize::ExpressionKind::PartitionKey: return TextShape::PartitionKey;
    case normalize::ExpressionKind::PartitionBound: return TextShape::PartitionBound;
    default: return TextShape::Expression;
  }
}

ExpressionTree normalize_expression(std::string_view text, const normalize::ExpressionContext& context,
                                    const NormalizeOptions& options, Strictness strictness,
                                    const ColumnTypes* columns) {
  ExpressionTree tree = ExpressionTree::parse(text, text_shape(context.kind));
  const bool is_default = context.kind == normalize::ExpressionKind::Default;
  if (context.kind == normalize::ExpressionKind::ViewQuery) name_output_columns(tree);
  canonicalize_names(tree, options);
  canonicalize_operators(tree);
  const bool on_columns = context.kind == normalize::ExpressionKind::Check ||
                          context.kind == normalize::ExpressionKind::IndexPredicate ||
                          context.kind == normalize::ExpressionKind::IndexExpression ||
                          context.kind == normalize::ExpressionKind::Generated;
  if (on_columns && columns != nullptr) cast_constants_to_column_types(tree, *columns, options);
  canonicalize_constants(tree, options);
  if (context.kind == normalize::ExpressionKind::ViewQuery) canonicalize_query(tree);
  if (is_default) canonicalize_default_constant(tree, context.column_type, options);
  if (context.kind == normalize::ExpressionKind::PartitionBound && !context.column_type.empty()) {
    canonicalize_bound_constants(tree, context.column_type, options);
  }
  if (strictness == Strictness::Loose) {
    const bool typed = is_default || context.kind == normalize::ExpressionKind::PartitionBound;
    loosen(tree, typed ? context.column_type : std::string(),
           context.kind == normalize::ExpressionKind::PartitionBound, options);
  }
  return tree;
}

}  // namespace driftgate::parse
