#include <functional>
#include <string>
#include <vector>

#include "parse/expression_tree.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_rules.hpp"
#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {
namespace {

constexpr std::string_view kUnnamed = "?column?";

/// A name FigureColname found and how sure it is (PostgreSQL's "strength": 2 for names taken
/// from the expression, 1 for fallbacks such as a cast's type name).
struct FiguredName {
  std::string name;
  int strength = 0;
};

FiguredName figure_name(const PgQuery__Node* node);

/// The output column name of a SELECT's first target (for an expression subquery).
FiguredName first_target_name(const PgQuery__Node* query) {
  if (query == nullptr || query->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return {};
  const PgQuery__SelectStmt* select = query->select_stmt;
  while (select->op != PG_QUERY__SET_OPERATION__SETOP_NONE && select->larg != nullptr) select = select->larg;
  if (select->n_target_list == 0 || select->target_list[0]->node_case != PG_QUERY__NODE__NODE_RES_TARGET) return {};
  const PgQuery__ResTarget& target = *select->target_list[0]->res_target;
  if (!text_of(target.name).empty()) return {std::string(text_of(target.name)), 2};
  FiguredName figured = figure_name(target.val);
  if (figured.strength == 0) figured.name = kUnnamed;
  return {figured.name, 2};
}

const char* value_function_name(PgQuery__SQLValueFunctionOp op) {
  switch (op) {
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_DATE: return "current_date";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIME_N: return "current_time";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_TIMESTAMP_N: return "current_timestamp";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIME_N: return "localtime";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP:
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_LOCALTIMESTAMP_N: return "localtimestamp";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_ROLE: return "current_role";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_USER: return "current_user";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_USER: return "user";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_SESSION_USER: return "session_user";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_CATALOG: return "current_catalog";
    case PG_QUERY__SQLVALUE_FUNCTION_OP__SVFOP_CURRENT_SCHEMA: return "current_schema";
    default: return nullptr;
  }
}

const char* xml_function_name(PgQuery__XmlExprOp op) {
  switch (op) {
    case PG_QUERY__XML_EXPR_OP__IS_XMLCONCAT: return "xmlconcat";
    case PG_QUERY__XML_EXPR_OP__IS_XMLELEMENT: return "xmlelement";
    case PG_QUERY__XML_EXPR_OP__IS_XMLFOREST: return "xmlforest";
    case PG_QUERY__XML_EXPR_OP__IS_XMLPARSE: return "xmlparse";
    case PG_QUERY__XML_EXPR_OP__IS_XMLPI: return "xmlpi";
    case PG_QUERY__XML_EXPR_OP__IS_XMLROOT: return "xmlroot";
    case PG_QUERY__XML_EXPR_OP__IS_XMLSERIALIZE: return "xmlserialize";
    default: return nullptr;
  }
}

/// The last String among `items` (ignoring `*` and subscripts), or "".
std::string last_string(NodeList items) {
  std::string name;
  for (const PgQuery__Node* item : items) {
    if (item->node_case == PG_QUERY__NODE__NODE_STRING) name = string_value(item);
  }
  return name;
}

/// PostgreSQL's FigureColnameInternal over the raw parse tree: the name an output column gets
/// when the query does not name it.
FiguredName figure_name(const PgQuery__Node* node) {
  if (node == nullptr) return {};
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF: {
      std::string name = last_string(nodes(node->column_ref->fields, node->column_ref->n_fields));
      if (!name.empty()) return {name, 2};
      return {};
    }
    case PG_QUERY__NODE__NODE_A_INDIRECTION: {
      const PgQuery__AIndirection& indirection = *node->a_indirection;
      std::string name = last_string(nodes(indirection.indirection, indirection.n_indirection));
      if (!name.empty()) return {name, 2};
      return figure_name(indirection.arg);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
      const PgQuery__FuncCall& call = *node->func_call;
      if (call.n_funcname == 0) return {};
      return {std::string(string_value(call.funcname[call.n_funcname - 1])), 2};
    }
    case PG_QUERY__NODE__NODE_A_EXPR:
      if (node->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_NULLIF) return {"nullif", 2};
      return {};
    case PG_QUERY__NODE__NODE_TYPE_CAST: {
      FiguredName figured = figure_name(node->type_cast->arg);
      if (figured.strength <= 1 && node->type_cast->type_name != nullptr &&
          node->type_cast->type_name->n_names > 0) {
        const PgQuery__TypeName& type = *node->type_cast->type_name;
        return {std::string(string_value(type.names[type.n_names - 1])), 1};
      }
      return figured;
    }
    case PG_QUERY__NODE__NODE_COLLATE_CLAUSE: return figure_name(node->collate_clause->arg);
    case PG_QUERY__NODE__NODE_GROUPING_FUNC: return {"grouping", 2};
    case PG_QUERY__NODE__NODE_SUB_LINK:
      switch (node->sub_link->sub_link_type) {
        case PG_QUERY__SUB_LINK_TYPE__EXISTS_SUBLINK: return {"exists", 2};
        case PG_QUERY__SUB_LINK_TYPE__ARRAY_SUBLINK: return {"array", 2};
        case PG_QUERY__SUB_LINK_TYPE__EXPR_SUBLINK: return first_target_name(node->sub_link->subselect);
        default: return {};
      }
    case PG_QUERY__NODE__NODE_CASE_EXPR: {
      FiguredName figured = figure_name(node->case_expr->defresult);
      if (figured.strength <= 1) return {"case", 1};
      return figured;
    }
    case PG_QUERY__NODE__NODE_A_ARRAY_EXPR: return {"array", 1};
    case PG_QUERY__NODE__NODE_ROW_EXPR: return {"row", 1};
    case PG_QUERY__NODE__NODE_COALESCE_EXPR: return {"coalesce", 2};
    case PG_QUERY__NODE__NODE_MIN_MAX_EXPR:
      if (node->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_GREATEST) return {"greatest", 2};
      if (node->min_max_expr->op == PG_QUERY__MIN_MAX_OP__IS_LEAST) return {"least", 2};
      return {};
    case PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION:
      if (const char* name = value_function_name(node->sqlvalue_function->op)) return {name, 2};
      return {};
    case PG_QUERY__NODE__NODE_XML_EXPR:
      if (node->xml_expr->op == PG_QUERY__XML_EXPR_OP__IS_DOCUMENT) return {};
      if (const char* name = xml_function_name(node->xml_expr->op)) return {name, 2};
      return {};
    case PG_QUERY__NODE__NODE_XML_SERIALIZE: return {"xmlserialize", 2};
    default: return {};
  }
}

/// Calls `process(select, names_matter)` for every SELECT nested in the clauses of `select`
/// (subqueries in FROM, sublinks, CTEs), without descending into them.
void for_each_nested_select(PgQuery__SelectStmt& select,
                            const std::function<void(PgQuery__SelectStmt&)>& process) {
  walk_messages(&select.base, [&](ProtobufCMessage* message) {
    if (message == &select.base) return Descend::Yes;
    if (message->descriptor == &pg_query__select_stmt__descriptor) {
      auto* nested = reinterpret_cast<PgQuery__SelectStmt*>(message);
      if (nested != select.larg && nested != select.rarg) process(*nested);
      return Descend::No;
    }
    return Descend::Yes;
  });
}

std::vector<PgQuery__ResTarget*> targets_of(const PgQuery__SelectStmt& select) {
  std::vector<PgQuery__ResTarget*> targets;
  for (PgQuery__Node* item : nodes(select.target_list, select.n_target_list)) {
    if (item->node_case == PG_QUERY__NODE__NODE_RES_TARGET) targets.push_back(item->res_target);
  }
  return targets;
}

/// Names every output column of `select` (and of the SELECTs below it) the way PostgreSQL
/// does; the right branches of a set operation lose their names (only the leftmost ones name
/// the result).
void name_columns(PgQuery__SelectStmt& select, bool names_matter, TreeArena& arena) {
  if (select.op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
    if (select.larg != nullptr) name_columns(*select.larg, names_matter, arena);
    if (select.rarg != nullptr) name_columns(*select.rarg, false, arena);
  } else {
    for (PgQuery__ResTarget* target : targets_of(select)) {
      if (!names_matter) {
        target->name = nullptr;
      } else if (text_of(target->name).empty()) {
        const FiguredName figured = figure_name(target->val);
        target->name = arena.copy_string(figured.strength > 0 ? figured.name : std::string(kUnnamed));
      }
    }
  }
  for_each_nested_select(select, [&](PgQuery__SelectStmt& nested) { name_columns(nested, true, arena); });
}

/// The name columns of the only relation in FROM are qualified with, or "".
struct SingleSource {
  std::string reference;  ///< alias or relation name
  std::string schema;     ///< the relation's schema as written (normal form), may be ""
};

SingleSource single_source(PgQuery__SelectStmt& select) {
  if (select.n_from_clause != 1) return {};
  PgQuery__Node* item = select.from_clause[0];
  if (item->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
    PgQuery__RangeVar& relation = *item->range_var;
    // `FROM t t` is `FROM t`
    if (relation.alias != nullptr && relation.alias->n_colnames == 0 &&
        text_of(relation.alias->aliasname) == text_of(relation.relname)) {
      relation.alias = nullptr;
    }
    if (relation.alias != nullptr) {
      if (relation.alias->n_colnames != 0) return {};
      return {std::string(text_of(relation.alias->aliasname)), ""};
    }
    return {std::string(text_of(relation.relname)), std::string(text_of(relation.schemaname))};
  }
  if (item->node_case == PG_QUERY__NODE__NODE_RANGE_SUBSELECT && item->range_subselect->alias != nullptr &&
      item->range_subselect->alias->n_colnames == 0) {
    return {std::string(text_of(item->range_subselect->alias->aliasname)), ""};
  }
  return {};
}

/// In a SELECT that reads one relation, `t.x` and `x` are the same column: PostgreSQL prints
/// every column qualified, the definition often does not.
void unqualify_columns(PgQuery__SelectStmt& select, TreeArena& arena) {
  const SingleSource source = single_source(select);
  if (source.reference.empty()) return;
  walk_messages(&select.base, [&](ProtobufCMessage* message) {
    if (message == &select.base) return Descend::Yes;
    if (message->descriptor == &pg_query__select_stmt__descriptor) return Descend::No;
    if (message->descriptor != &pg_query__column_ref__descriptor) return Descend::Yes;
    auto& column = *reinterpret_cast<PgQuery__ColumnRef*>(message);
    const std::size_t count = column.n_fields;
    if (count < 2 || count > 3) return Descend::No;
    if (string_value(column.fields[count - 2]) != source.reference) return Descend::No;
    if (count == 3) {
      const std::string_view schema = string_value(column.fields[0]);
      if (source.schema.empty() || schema != source.schema) return Descend::No;
    }
    PgQuery__Node** last = arena.make_array<PgQuery__Node*>(1);
    last[0] = column.fields[count - 1];
    column.fields = last;
    column.n_fields = 1;
    return Descend::No;
  });
}

/// The target named `name`, or nullptr.
PgQuery__ResTarget* target_named(const PgQuery__SelectStmt& select, std::string_view name) {
  for (PgQuery__ResTarget* target : targets_of(select)) {
    if (text_of(target->name) == name) return target;
  }
  return nullptr;
}

/// The target at 1-based `position` when `node` is an integer constant, or nullptr.
PgQuery__ResTarget* target_at(const PgQuery__SelectStmt& select, const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_A_CONST || node->a_const->isnull ||
      node->a_const->val_case != PG_QUERY__A__CONST__VAL_IVAL) {
    return nullptr;
  }
  const std::vector<PgQuery__ResTarget*> targets = targets_of(select);
  const int position = node->a_const->ival->ival;
  if (position < 1 || static_cast<std::size_t>(position) > targets.size()) return nullptr;
  return targets[static_cast<std::size_t>(position) - 1];
}

/// ORDER BY 1, ORDER BY <output name> and GROUP BY 1 name an output column: PostgreSQL prints
/// the column's expression instead. Default directions are dropped.
void resolve_sort_and_group(PgQuery__SelectStmt& select, TreeArena& arena) {
  for (PgQuery__Node* item : nodes(select.sort_clause, select.n_sort_clause)) {
    if (item->node_case != PG_QUERY__NODE__NODE_SORT_BY) continue;
    PgQuery__SortBy& sort = *item->sort_by;
    PgQuery__ResTarget* target = target_at(select, sort.node);
    if (target == nullptr && sort.node != nullptr && sort.node->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
        sort.node->column_ref->n_fields == 1) {
      target = target_named(select, string_value(sort.node->column_ref->fields[0]));
    }
    if (target != nullptr && target->val != nullptr) sort.node = copy_node(target->val, arena);
    if (sort.sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_ASC) sort.sortby_dir = PG_QUERY__SORT_BY_DIR__SORTBY_DEFAULT;
    const bool descending = sort.sortby_dir == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
    if ((!descending && sort.sortby_nulls == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST) ||
        (descending && sort.sortby_nulls == PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST)) {
      sort.sortby_nulls = PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_DEFAULT;
    }
  }
  for (std::size_t i = 0; i < select.n_group_clause; ++i) {
    if (PgQuery__ResTarget* target = target_at(select, select.group_clause[i]); target != nullptr && target->val != nullptr) {
      select.group_clause[i] = copy_node(target->val, arena);
    }
  }
}

/// Drops output names that say nothing: a column's own name, and `?column?`.
void drop_implied_names(PgQuery__SelectStmt& select) {
  for (PgQuery__ResTarget* target : targets_of(select)) {
    const std::string_view name = text_of(target->name);
    if (name.empty()) continue;
    const bool own_name = target->val != nullptr && target->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
                          figure_name(target->val).name == name;
    if (own_name || name == kUnnamed) target->name = nullptr;
  }
}

void canonicalize_select(PgQuery__SelectStmt& select, TreeArena& arena) {
  if (select.op != PG_QUERY__SET_OPERATION__SETOP_NONE) {
    if (select.larg != nullptr) canonicalize_select(*select.larg, arena);
    if (select.rarg != nullptr) canonicalize_select(*select.rarg, arena);
    resolve_sort_and_group(select, arena);
  } else {
    unqualify_columns(select, arena);
    resolve_sort_and_group(select, arena);
    drop_implied_names(select);
  }
  for_each_nested_select(select, [&](PgQuery__SelectStmt& nested) { canonicalize_select(nested, arena); });
}

PgQuery__SelectStmt* query_of(const ExpressionTree& tree) {
  if (tree.shape() != TextShape::Query) return nullptr;
  PgQuery__Node* statement = *tree.top_slot();
  if (statement == nullptr || statement->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return nullptr;
  return statement->select_stmt;
}

}  // namespace

void name_output_columns(ExpressionTree& tree) {
  if (PgQuery__SelectStmt* select = query_of(tree)) name_columns(*select, true, tree.arena());
}

void canonicalize_query(ExpressionTree& tree) {
  if (PgQuery__SelectStmt* select = query_of(tree)) canonicalize_select(*select, tree.arena());
}

bool selects_star(const ExpressionTree& tree) {
  bool star = false;
  visit_messages(tree.root(), [&](ProtobufCMessage* message) {
    if (message->descriptor != &pg_query__res_target__descriptor) return;
    const PgQuery__Node* value = reinterpret_cast<PgQuery__ResTarget*>(message)->val;
    if (value == nullptr || value->node_case != PG_QUERY__NODE__NODE_COLUMN_REF) return;
    const PgQuery__ColumnRef& column = *value->column_ref;
    if (column.n_fields > 0 && column.fields[column.n_fields - 1]->node_case == PG_QUERY__NODE__NODE_A_STAR) {
      star = true;
    }
  });
  return star;
}

}  // namespace driftgate::parse
