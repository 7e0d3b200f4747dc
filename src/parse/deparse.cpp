#include "parse/deparse.hpp"

#include <pg_query.h>

#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "parse/statement_error.hpp"

namespace driftgate::parse {
namespace {

/// Packs a one-statement parse result around `statement` and runs libpg_query's deparser.
std::string deparse_statement(PgQuery__Node* statement) {
  PgQuery__RawStmt raw = PG_QUERY__RAW_STMT__INIT;
  raw.stmt = statement;
  PgQuery__RawStmt* raws[] = {&raw};
  PgQuery__ParseResult result = PG_QUERY__PARSE_RESULT__INIT;
  result.version = PG_VERSION_NUM;
  result.n_stmts = 1;
  result.stmts = raws;

  std::string packed(pg_query__parse_result__get_packed_size(&result), '\0');
  pg_query__parse_result__pack(&result, reinterpret_cast<uint8_t*>(packed.data()));
  PgQueryProtobuf protobuf{packed.size(), packed.data()};
  PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(protobuf);
  if (deparsed.error != nullptr) {
    std::string message = deparsed.error->message != nullptr ? deparsed.error->message : "";
    pg_query_free_deparse_result(deparsed);
    throw StatementError("cannot turn a parsed expression back into SQL text (" + message +
                      "); please report this statement to the driftgate maintainers");
  }
  std::string text = deparsed.query != nullptr ? deparsed.query : "";
  pg_query_free_deparse_result(deparsed);
  return text;
}

std::string strip_prefix(std::string text, std::string_view prefix) {
  if (text.compare(0, prefix.size(), prefix) != 0) {
    throw std::logic_error("unexpected deparser output: " + text);
  }
  return text.substr(prefix.size());
}

/// `CREATE TABLE t …` with the given partition clauses, deparsed.
std::string deparse_partition_clause(PgQuery__PartitionBoundSpec* bound, PgQuery__PartitionSpec* spec) {
  PgQuery__RangeVar table = PG_QUERY__RANGE_VAR__INIT;
  table.relname = const_cast<char*>("t");
  table.inh = true;
  table.relpersistence = const_cast<char*>("p");
  PgQuery__RangeVar parent = table;
  parent.relname = const_cast<char*>("p");
  PgQuery__Node parent_node = PG_QUERY__NODE__INIT;
  parent_node.node_case = PG_QUERY__NODE__NODE_RANGE_VAR;
  parent_node.range_var = &parent;
  PgQuery__Node* parents[] = {&parent_node};

  PgQuery__CreateStmt create = PG_QUERY__CREATE_STMT__INIT;
  create.relation = &table;
  create.oncommit = PG_QUERY__ON_COMMIT_ACTION__ONCOMMIT_NOOP;
  if (bound != nullptr) {
    create.partbound = bound;
    create.n_inh_relations = 1;
    create.inh_relations = parents;
  }
  create.partspec = spec;
  PgQuery__Node statement = PG_QUERY__NODE__INIT;
  statement.node_case = PG_QUERY__NODE__NODE_CREATE_STMT;
  statement.create_stmt = &create;
  return deparse_statement(&statement);
}

/// The text of a plain constant as libpg_query's deparser writes it (integers, booleans,
/// NULL, strings without backslashes), or nullopt for anything else. Most defaults and every
/// type modifier are such constants; writing them here spares a protobuf round trip each.
std::optional<std::string> plain_constant(const PgQuery__Node* expression) {
  if (expression == nullptr || expression->node_case != PG_QUERY__NODE__NODE_A_CONST) return std::nullopt;
  const PgQuery__AConst& constant = *expression->a_const;
  if (constant.isnull) return "NULL";
  switch (constant.val_case) {
    case PG_QUERY__A__CONST__VAL_IVAL: return std::to_string(constant.ival->ival);
    case PG_QUERY__A__CONST__VAL_BOOLVAL: return constant.boolval->boolval ? "true" : "false";
    case PG_QUERY__A__CONST__VAL_SVAL: {
      const std::string_view text = constant.sval->sval == nullptr ? "" : constant.sval->sval;
      if (text.find('\\') != std::string_view::npos) return std::nullopt;  // written E'…'
      std::string quoted = "'";
      for (const char c : text) {
        quoted += c;
        if (c == '\'') quoted += c;
      }
      return quoted + "'";
    }
    default: return std::nullopt;
  }
}

}  // namespace

std::string deparse_expression(const PgQuery__Node* expression) {
  if (auto text = plain_constant(expression)) return *text;
  return deparse_expression_by_libpg_query(expression);
}

std::string deparse_expression_by_libpg_query(const PgQuery__Node* expression) {
  PgQuery__ResTarget target = PG_QUERY__RES_TARGET__INIT;
  target.val = const_cast<PgQuery__Node*>(expression);
  PgQuery__Node target_node = PG_QUERY__NODE__INIT;
  target_node.node_case = PG_QUERY__NODE__NODE_RES_TARGET;
  target_node.res_target = &target;
  PgQuery__Node* targets[] = {&target_node};

  PgQuery__SelectStmt select = PG_QUERY__SELECT_STMT__INIT;
  select.n_target_list = 1;
  select.target_list = targets;
  select.limit_option = PG_QUERY__LIMIT_OPTION__LIMIT_OPTION_DEFAULT;
  select.op = PG_QUERY__SET_OPERATION__SETOP_NONE;
  PgQuery__Node statement = PG_QUERY__NODE__INIT;
  statement.node_case = PG_QUERY__NODE__NODE_SELECT_STMT;
  statement.select_stmt = &select;
  return strip_prefix(deparse_statement(&statement), "SELECT ");
}

std::string deparse_query(const PgQuery__Node* query) {
  return deparse_statement(const_cast<PgQuery__Node*>(query));
}

std::string deparse_partition_bound(const PgQuery__PartitionBoundSpec* bound) {
  return strip_prefix(
      deparse_partition_clause(const_cast<PgQuery__PartitionBoundSpec*>(bound), nullptr),
      "CREATE TABLE t PARTITION OF p ");
}

std::string deparse_partition_key(const PgQuery__PartitionSpec* spec) {
  const std::string text =
      deparse_partition_clause(nullptr, const_cast<PgQuery__PartitionSpec*>(spec));
  const std::string_view marker = "PARTITION BY ";
  const std::size_t at = text.find(marker);
  const std::size_t open = text.find('(', at);
  if (at == std::string::npos || open == std::string::npos) {
    throw std::logic_error("unexpected deparser output: " + text);
  }
  // The deparser writes the strategy as stored (`range(a)`); PostgreSQL prints `RANGE (a)`.
  std::string strategy = text.substr(at + marker.size(), open - at - marker.size());
  while (!strategy.empty() && strategy.back() == ' ') strategy.pop_back();
  for (char& ch : strategy) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return strategy + " " + text.substr(open);
}

}  // namespace driftgate::parse
