#include "parse/pg_query_nodes.hpp"
#include "parse/search_path.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

std::string_view string_constant(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_A_CONST) return {};
  if (node->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL) return {};
  return text_of(node->a_const->sval->sval);
}

bool is_string_constant(const PgQuery__Node* node) {
  return node != nullptr && node->node_case == PG_QUERY__NODE__NODE_A_CONST &&
         node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL;
}

}  // namespace

void transform_variable_set(LoadContext& context, const PgQuery__VariableSetStmt& statement) {
  const std::string_view name = text_of(statement.name);
  if (name != "search_path") {
    if (statement.kind == PG_QUERY__VARIABLE_SET_KIND__VAR_RESET_ALL) context.reset_search_path();
    context.skip("SET " + std::string(name.empty() ? "…" : name) + ": defines no schema objects");
    return;
  }
  switch (statement.kind) {
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE: {
      // Each value is one schema name, already case-folded by the scanner.
      std::vector<std::string> path;
      for (const PgQuery__Node* value : nodes(statement.args, statement.n_args)) {
        // `SET search_path = ''` names no schema at all.
        if (is_string_constant(value) && !string_constant(value).empty()) path.emplace_back(string_constant(value));
      }
      context.set_search_path(std::move(path));
      return;
    }
    case PG_QUERY__VARIABLE_SET_KIND__VAR_SET_DEFAULT:
    case PG_QUERY__VARIABLE_SET_KIND__VAR_RESET:
      context.reset_search_path();
      return;
    default:
      context.skip("SET search_path FROM CURRENT: defines no schema objects");
  }
}

void transform_select(LoadContext& context, const PgQuery__SelectStmt& statement) {
  // pg_dump: SELECT pg_catalog.set_config('search_path', '', false);
  if (statement.n_target_list == 1 && statement.n_from_clause == 0 &&
      statement.target_list[0]->node_case == PG_QUERY__NODE__NODE_RES_TARGET) {
    const PgQuery__Node* value = statement.target_list[0]->res_target->val;
    if (value != nullptr && value->node_case == PG_QUERY__NODE__NODE_FUNC_CALL) {
      const PgQuery__FuncCall& call = *value->func_call;
      const std::vector<std::string> function = string_values(nodes(call.funcname, call.n_funcname));
      const bool is_set_config = !function.empty() && function.back() == "set_config" &&
                                 (function.size() == 1 || function.front() == "pg_catalog");
      if (is_set_config && call.n_args >= 2 && string_constant(call.args[0]) == "search_path" &&
          is_string_constant(call.args[1])) {
        context.set_search_path(parse_search_path(string_constant(call.args[1])));
        return;
      }
    }
  }
  context.skip("SELECT: defines no schema objects");
}

}  // namespace driftgate::parse
