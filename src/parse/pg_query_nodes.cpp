#include "parse/pg_query_nodes.hpp"

#include <cerrno>
#include <cstdlib>

namespace driftgate::parse {

std::string_view string_value(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_STRING) return {};
  return text_of(node->string->sval);
}

std::vector<std::string> string_values(NodeList list) {
  std::vector<std::string> values;
  values.reserve(list.size);
  for (const PgQuery__Node* item : list) values.emplace_back(string_value(item));
  return values;
}

NodeList list_items(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_LIST) return {};
  return nodes(node->list->items, node->list->n_items);
}

std::optional<std::int64_t> integer_value(const PgQuery__Node* node) {
  if (node == nullptr) return std::nullopt;
  auto parse_text = [](const char* text) -> std::optional<std::int64_t> {
    if (text == nullptr || *text == '\0') return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const long long value = std::strtoll(text, &end, 10);
    if (errno != 0 || *end != '\0') return std::nullopt;
    return static_cast<std::int64_t>(value);
  };
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_INTEGER:
      return node->integer->ival;
    case PG_QUERY__NODE__NODE_FLOAT:
      return parse_text(node->float_->fval);
    case PG_QUERY__NODE__NODE_A_CONST:
      if (node->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) return node->a_const->ival->ival;
      if (node->a_const->val_case == PG_QUERY__A__CONST__VAL_FVAL) {
        return parse_text(node->a_const->fval->fval);
      }
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

std::string statement_kind_name(const PgQuery__Node* node) {
  if (node == nullptr) return "empty statement";
  switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
      return node->create_function_stmt->is_procedure ? "CREATE PROCEDURE" : "CREATE FUNCTION";
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT: return "CREATE TRIGGER";
    case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT: return "CREATE POLICY";
    case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT: return "CREATE DOMAIN";
    case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT: return "CREATE TYPE … AS (composite)";
    case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT: return "CREATE TYPE … AS RANGE";
    case PG_QUERY__NODE__NODE_DEFINE_STMT: return "CREATE AGGREGATE/OPERATOR/TYPE/COLLATION";
    case PG_QUERY__NODE__NODE_RULE_STMT: return "CREATE RULE";
    case PG_QUERY__NODE__NODE_CREATE_STATS_STMT: return "CREATE STATISTICS";
    case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT: return "CREATE FOREIGN TABLE";
    case PG_QUERY__NODE__NODE_DROP_STMT: return "DROP";
    case PG_QUERY__NODE__NODE_RENAME_STMT: return "ALTER … RENAME";
    case PG_QUERY__NODE__NODE_DO_STMT: return "DO";
    case PG_QUERY__NODE__NODE_GRANT_STMT: return node->grant_stmt->is_grant ? "GRANT" : "REVOKE";
    case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT: return "GRANT/REVOKE role";
    case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT: return "ALTER DEFAULT PRIVILEGES";
    case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT: return "ALTER … OWNER TO";
    case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: return "SET";
    case PG_QUERY__NODE__NODE_SELECT_STMT: return "SELECT";
    case PG_QUERY__NODE__NODE_INSERT_STMT: return "INSERT";
    case PG_QUERY__NODE__NODE_UPDATE_STMT: return "UPDATE";
    case PG_QUERY__NODE__NODE_DELETE_STMT: return "DELETE";
    case PG_QUERY__NODE__NODE_MERGE_STMT: return "MERGE";
    case PG_QUERY__NODE__NODE_COPY_STMT: return "COPY";
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT: return "transaction control (BEGIN/COMMIT/…)";
    case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT: return "ALTER EXTENSION";
    case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT: return "ALTER … SET SCHEMA";
    case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT: return "CREATE ROLE";
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: return "CREATE TABLE AS";
    default:
      break;
  }
  // Fall back on the parse-tree node's own name (`CreateCastStmt`).
  for (unsigned i = 0; i < pg_query__node__descriptor.n_fields; ++i) {
    const ProtobufCFieldDescriptor& field = pg_query__node__descriptor.fields[i];
    if (field.id == static_cast<uint32_t>(node->node_case) && field.descriptor != nullptr) {
      return static_cast<const ProtobufCMessageDescriptor*>(field.descriptor)->short_name;
    }
  }
  return "unknown statement";
}

}  // namespace driftgate::parse
