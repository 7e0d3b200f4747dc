#include <string>
#include <vector>

#include "parse/node_build.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_rules.hpp"
#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {
namespace {

bool contains_column_reference(PgQuery__Node* node) {
  bool found = false;
  visit_messages(&node->base, [&](ProtobufCMessage* message) {
    if (message->descriptor == &pg_query__column_ref__descriptor) found = true;
  });
  return found;
}

std::vector<PgQuery__Node*> list_of(const PgQuery__Node* node) {
  std::vector<PgQuery__Node*> items;
  for (PgQuery__Node* item : list_items(node)) items.push_back(item);
  return items;
}

/// `a IN (…)` the way transformAExprIn builds it: the items that reference no column (when
/// there are at least two) become one `a = ANY (ARRAY[…])`; every other item is a comparison of
/// its own, ORed onto the result (ANDed for NOT IN, whose operator is `<>`).
PgQuery__Node* expand_in(TreeArena& arena, PgQuery__AExpr& in) {
  const std::string op(string_value(in.name[in.n_name - 1]));
  const bool use_or = op != "<>";
  std::vector<PgQuery__Node*> constants;
  std::vector<PgQuery__Node*> with_columns;
  const std::vector<PgQuery__Node*> items = list_of(in.rexpr);
  for (PgQuery__Node* item : items) {
    (contains_column_reference(item) ? with_columns : constants).push_back(item);
  }
  PgQuery__Node* result = nullptr;
  std::vector<PgQuery__Node*> separate = items;
  if (constants.size() > 1) {
    result = build::array_operator(
        arena, use_or ? PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY : PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL, op,
        copy_node(in.lexpr, arena), build::array(arena, constants));
    separate = with_columns;
  }
  for (PgQuery__Node* item : separate) {
    PgQuery__Node* comparison = build::binary_operator(arena, op, copy_node(in.lexpr, arena), item);
    result = result == nullptr
                 ? comparison
                 : build::bool_expression(arena, use_or ? PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR
                                                        : PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR,
                                          {result, comparison});
  }
  return result;
}

/// `a BETWEEN b AND c` and its variants as transformAExprBetween expands them.
PgQuery__Node* expand_between(TreeArena& arena, PgQuery__AExpr& between) {
  const std::vector<PgQuery__Node*> bounds = list_of(between.rexpr);
  if (bounds.size() != 2) return nullptr;
  auto compare = [&](const char* op, PgQuery__Node* bound) {
    return build::binary_operator(arena, op, copy_node(between.lexpr, arena), copy_node(bound, arena));
  };
  auto both = [&](PgQuery__BoolExprType type, PgQuery__Node* left, PgQuery__Node* right) {
    return build::bool_expression(arena, type, {left, right});
  };
  constexpr auto kAnd = PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR;
  constexpr auto kOr = PG_QUERY__BOOL_EXPR_TYPE__OR_EXPR;
  PgQuery__Node* low = bounds[0];
  PgQuery__Node* high = bounds[1];
  switch (between.kind) {
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
      return both(kAnd, compare(">=", low), compare("<=", high));
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN:
      return both(kOr, compare("<", low), compare(">", high));
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN_SYM:
      return both(kOr, both(kAnd, compare(">=", low), compare("<=", high)),
                  both(kAnd, compare(">=", high), compare("<=", low)));
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN_SYM:
      return both(kAnd, both(kOr, compare("<", low), compare(">", high)),
                  both(kOr, compare("<", high), compare(">", low)));
    default:
      return nullptr;
  }
}

/// `a AND (b AND c)` as `a AND b AND c` (likewise OR): the same condition.
void flatten(TreeArena& arena, PgQuery__BoolExpr& expression) {
  if (expression.boolop == PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR) return;
  bool nested = false;
  for (PgQuery__Node* arg : nodes(expression.args, expression.n_args)) {
    nested = nested || (arg->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && arg->bool_expr->boolop == expression.boolop);
  }
  if (!nested) return;
  std::vector<PgQuery__Node*> args;
  for (PgQuery__Node* arg : nodes(expression.args, expression.n_args)) {
    if (arg->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && arg->bool_expr->boolop == expression.boolop) {
      for (PgQuery__Node* inner : nodes(arg->bool_expr->args, arg->bool_expr->n_args)) args.push_back(inner);
    } else {
      args.push_back(arg);
    }
  }
  expression.args = build::node_array(arena, args);
  expression.n_args = args.size();
}

void rewrite_operator(TreeArena& arena, PgQuery__Node*& node) {
  if (node->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR) {
    flatten(arena, *node->bool_expr);
    return;
  }
  if (node->node_case != PG_QUERY__NODE__NODE_A_EXPR) return;
  PgQuery__AExpr& expression = *node->a_expr;
  switch (expression.kind) {
    case PG_QUERY__A__EXPR__KIND__AEXPR_IN:
      if (expression.rexpr != nullptr && expression.rexpr->node_case == PG_QUERY__NODE__NODE_LIST &&
          expression.n_name > 0) {
        if (PgQuery__Node* expanded = expand_in(arena, expression)) {
          node = expanded;
          if (node->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR) flatten(arena, *node->bool_expr);
        }
      }
      break;
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN:
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN:
    case PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN_SYM:
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_BETWEEN_SYM:
      if (PgQuery__Node* expanded = expand_between(arena, expression)) node = expanded;
      break;
    case PG_QUERY__A__EXPR__KIND__AEXPR_NOT_DISTINCT: {
      // PostgreSQL prints `a IS NOT DISTINCT FROM b` as `NOT (a IS DISTINCT FROM b)`.
      expression.kind = PG_QUERY__A__EXPR__KIND__AEXPR_DISTINCT;
      PgQuery__Node* distinct = node;
      node = build::bool_expression(arena, PG_QUERY__BOOL_EXPR_TYPE__NOT_EXPR, {distinct});
      break;
    }
    case PG_QUERY__A__EXPR__KIND__AEXPR_LIKE:
    case PG_QUERY__A__EXPR__KIND__AEXPR_ILIKE:
    case PG_QUERY__A__EXPR__KIND__AEXPR_SIMILAR:
      // The name already is the operator: ~~, !~~, ~~*, !~~*, ~, !~.
      expression.kind = PG_QUERY__A__EXPR__KIND__AEXPR_OP;
      break;
    default:
      break;
  }
}

}  // namespace

void canonicalize_operators(ExpressionTree& tree) {
  TreeArena& arena = tree.arena();
  rewrite_nodes(tree.root(), [&](PgQuery__Node*& node) { rewrite_operator(arena, node); });
}

}  // namespace driftgate::parse
