#include "parse/expression_tree.hpp"

#include <pg_query.h>

#include <exception>
#include <string>

#include "parse/deparse.hpp"
#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {
namespace {

/// A libpg_query protobuf parse result freed when it goes out of scope.
struct ProtobufParse {
  PgQueryProtobufParseResult result;
  explicit ProtobufParse(const std::string& text) : result(pg_query_parse_protobuf(text.c_str())) {}
  ProtobufParse(const ProtobufParse&) = delete;
  ProtobufParse& operator=(const ProtobufParse&) = delete;
  ~ProtobufParse() { pg_query_free_protobuf_parse_result(result); }
};

std::string wrapped_text(std::string_view text, TextShape shape) {
  switch (shape) {
    case TextShape::Expression: return "SELECT " + std::string(text);
    case TextShape::Query: return std::string(text);
    case TextShape::PartitionKey: return "CREATE TABLE t () PARTITION BY " + std::string(text);
    case TextShape::PartitionBound: return "CREATE TABLE t PARTITION OF p " + std::string(text);
  }
  return std::string(text);
}

[[noreturn]] void fail_shape(TextShape shape) {
  switch (shape) {
    case TextShape::Expression: throw ExpressionTextError("the text is not a single expression");
    case TextShape::Query: throw ExpressionTextError("the text is not a single SELECT query");
    case TextShape::PartitionKey: throw ExpressionTextError("the text is not a partition key");
    case TextShape::PartitionBound: throw ExpressionTextError("the text is not a partition bound");
  }
  throw ExpressionTextError("unexpected text");
}

/// The only statement of `result`, or nullptr.
PgQuery__Node* single_statement(const PgQuery__ParseResult* result) {
  if (result == nullptr || result->n_stmts != 1 || result->stmts[0]->stmt == nullptr) return nullptr;
  return result->stmts[0]->stmt;
}

/// Whether a SELECT is nothing but `SELECT <one expression>`.
bool is_bare_select(const PgQuery__SelectStmt& select) {
  return select.op == PG_QUERY__SET_OPERATION__SETOP_NONE && select.n_target_list == 1 &&
         select.n_distinct_clause == 0 && select.into_clause == nullptr && select.n_from_clause == 0 &&
         select.where_clause == nullptr && select.n_group_clause == 0 && select.having_clause == nullptr &&
         select.n_window_clause == 0 && select.n_values_lists == 0 && select.n_sort_clause == 0 &&
         select.limit_offset == nullptr && select.limit_count == nullptr &&
         select.n_locking_clause == 0 && select.with_clause == nullptr;
}

/// The CREATE TABLE of a wrapped partition key or bound, or nullptr.
PgQuery__CreateStmt* wrapped_create(PgQuery__Node* statement) {
  if (statement == nullptr || statement->node_case != PG_QUERY__NODE__NODE_CREATE_STMT) return nullptr;
  PgQuery__CreateStmt* create = statement->create_stmt;
  if (create->n_table_elts != 0 || create->n_constraints != 0 || create->n_options != 0) return nullptr;
  return create;
}

}  // namespace

ExpressionTree::ExpressionTree() : arena_(std::make_unique<TreeArena>()) {}
ExpressionTree::ExpressionTree(ExpressionTree&&) noexcept = default;
ExpressionTree& ExpressionTree::operator=(ExpressionTree&&) noexcept = default;
ExpressionTree::~ExpressionTree() = default;

ExpressionTree ExpressionTree::parse(std::string_view text, TextShape shape) {
  ExpressionTree tree;
  tree.shape_ = shape;
  const ProtobufParse parsed(wrapped_text(text, shape));
  if (parsed.result.error != nullptr) {
    const char* message = parsed.result.error->message;
    throw ExpressionTextError(message != nullptr ? message : "syntax error");
  }
  PgQuery__ParseResult* result = pg_query__parse_result__unpack(
      tree.arena_->allocator(), parsed.result.parse_tree.len,
      reinterpret_cast<const uint8_t*>(parsed.result.parse_tree.data));
  if (result == nullptr) throw ExpressionTextError("libpg_query returned a tree that cannot be read");
  PgQuery__Node* statement = single_statement(result);
  if (statement == nullptr) fail_shape(shape);

  switch (shape) {
    case TextShape::Expression: {
      if (statement->node_case != PG_QUERY__NODE__NODE_SELECT_STMT ||
          !is_bare_select(*statement->select_stmt)) {
        fail_shape(shape);
      }
      PgQuery__Node* target = statement->select_stmt->target_list[0];
      if (target->node_case != PG_QUERY__NODE__NODE_RES_TARGET || !text_of(target->res_target->name).empty() ||
          target->res_target->n_indirection != 0 || target->res_target->val == nullptr) {
        fail_shape(shape);
      }
      tree.root_ = &target->res_target->base;
      tree.top_slot_ = &target->res_target->val;
      break;
    }
    case TextShape::Query:
      if (statement->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) fail_shape(shape);
      tree.root_ = &result->stmts[0]->base;
      tree.top_slot_ = &result->stmts[0]->stmt;
      break;
    case TextShape::PartitionKey: {
      PgQuery__CreateStmt* create = wrapped_create(statement);
      if (create == nullptr || create->partspec == nullptr || create->partbound != nullptr) fail_shape(shape);
      tree.root_ = &create->partspec->base;
      break;
    }
    case TextShape::PartitionBound: {
      PgQuery__CreateStmt* create = wrapped_create(statement);
      if (create == nullptr || create->partbound == nullptr || create->partspec != nullptr) fail_shape(shape);
      tree.root_ = &create->partbound->base;
      break;
    }
  }
  return tree;
}

std::string ExpressionTree::deparse() const {
  try {
    switch (shape_) {
      case TextShape::Expression: return deparse_expression(*top_slot_);
      case TextShape::Query: return deparse_query(*top_slot_);
      case TextShape::PartitionKey:
        return deparse_partition_key(reinterpret_cast<const PgQuery__PartitionSpec*>(root_));
      case TextShape::PartitionBound:
        return deparse_partition_bound(reinterpret_cast<const PgQuery__PartitionBoundSpec*>(root_));
    }
  } catch (const std::exception& error) {
    throw ExpressionTextError(error.what());
  }
  return "";
}

PgQuery__Node* copy_node(const PgQuery__Node* node, TreeArena& arena) {
  if (node == nullptr) return nullptr;
  std::string packed(pg_query__node__get_packed_size(node), '\0');
  pg_query__node__pack(node, reinterpret_cast<uint8_t*>(packed.data()));
  return pg_query__node__unpack(arena.allocator(), packed.size(),
                                reinterpret_cast<const uint8_t*>(packed.data()));
}

}  // namespace driftgate::parse
