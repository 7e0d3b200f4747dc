#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <pg_query/pg_query.pb-c.h>

#include "parse/tree_arena.hpp"

namespace driftgate::parse {

/// The SQL shape of a text the normaliser reads.
enum class TextShape {
  Expression,      ///< a scalar expression (`lower(email)`), read as `SELECT <text>`
  Query,           ///< a whole query (a view's SELECT)
  PartitionKey,    ///< `RANGE (created_at)`
  PartitionBound,  ///< `FOR VALUES …` or `DEFAULT`
};

/// A text libpg_query cannot read back in the expected shape (the message says why).
class ExpressionTextError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One text parsed by libpg_query into a mutable protobuf-c tree that normalisation rules
/// rewrite in place, and that turns back into text through libpg_query's deparser.
class ExpressionTree {
 public:
  /// Parses `text` as `shape`. Throws ExpressionTextError for a syntax error or a text that is
  /// not exactly one item of that shape (`1 FROM t` is not an expression).
  static ExpressionTree parse(std::string_view text, TextShape shape);

  ExpressionTree(ExpressionTree&&) noexcept;
  ExpressionTree& operator=(ExpressionTree&&) noexcept;
  ~ExpressionTree();

  /// What the tree holds.
  TextShape shape() const { return shape_; }
  /// The message under which everything of the text hangs: the ResTarget of an expression,
  /// the RawStmt of a query, the PartitionSpec of a key, the PartitionBoundSpec of a bound.
  ProtobufCMessage* root() const { return root_; }
  /// For Expression and Query: the slot holding the expression or the query statement.
  PgQuery__Node** top_slot() const { return top_slot_; }
  /// Where rules allocate new nodes.
  TreeArena& arena() const { return *arena_; }

  /// The text of the tree as libpg_query's deparser writes it, in the tree's shape. Throws
  /// ExpressionTextError if the deparser refuses the tree.
  std::string deparse() const;

 private:
  ExpressionTree();

  std::unique_ptr<TreeArena> arena_;
  TextShape shape_ = TextShape::Expression;
  ProtobufCMessage* root_ = nullptr;
  PgQuery__Node** top_slot_ = nullptr;
};

/// A deep copy of `node` allocated in `arena`.
PgQuery__Node* copy_node(const PgQuery__Node* node, TreeArena& arena);

}  // namespace driftgate::parse
