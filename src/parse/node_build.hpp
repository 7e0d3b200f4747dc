#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pg_query/pg_query.pb-c.h>

#include "parse/tree_arena.hpp"

// Small constructors for the nodes normalisation rules put into a tree, all allocated in the
// tree's arena.

namespace driftgate::parse::build {

/// A Node wrapping `message` (any message a Node can hold).
PgQuery__Node* node(TreeArena& arena, ProtobufCMessage* message);
/// A String node.
PgQuery__Node* string(TreeArena& arena, std::string_view text);
/// A list of String nodes, as names are stored (`{"pg_catalog", "int4"}`).
PgQuery__Node** strings(TreeArena& arena, const std::vector<std::string>& texts);
/// A copy of a node list.
PgQuery__Node** node_array(TreeArena& arena, const std::vector<PgQuery__Node*>& items);
/// `'text'` (an A_Const holding a string).
PgQuery__Node* string_constant(TreeArena& arena, std::string_view text);
/// An integer constant (A_Const holding an Integer).
PgQuery__Node* integer_constant(TreeArena& arena, std::int32_t value);
/// A numeric constant written as `text` (A_Const holding a Float).
PgQuery__Node* float_constant(TreeArena& arena, std::string_view text);
/// `true` / `false`.
PgQuery__Node* boolean_constant(TreeArena& arena, bool value);
/// `argument::type` with a pg_catalog type (`{"pg_catalog", "numeric"}`) or a user type.
PgQuery__Node* type_cast(TreeArena& arena, PgQuery__Node* argument, const std::vector<std::string>& type_names);
/// `left <op> right`.
PgQuery__Node* binary_operator(TreeArena& arena, std::string_view op, PgQuery__Node* left, PgQuery__Node* right);
/// `left <op> ANY (right)` (or ALL).
PgQuery__Node* array_operator(TreeArena& arena, PgQuery__AExprKind kind, std::string_view op,
                              PgQuery__Node* left, PgQuery__Node* right);
/// `ARRAY[items…]`.
PgQuery__Node* array(TreeArena& arena, const std::vector<PgQuery__Node*>& items);
/// `a AND b …` / `a OR b …`.
PgQuery__Node* bool_expression(TreeArena& arena, PgQuery__BoolExprType op, const std::vector<PgQuery__Node*>& args);

}  // namespace driftgate::parse::build
