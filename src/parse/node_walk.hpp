#pragma once

#include <functional>

#include <pg_query/pg_query.pb-c.h>

// Generic traversal of libpg_query's protobuf-c trees, driven by the message descriptors, so a
// normalisation rule only names the node kinds it changes and never lists the ones it skips.

namespace driftgate::parse {

/// The message a Node wraps (its active oneof member), or nullptr for an empty node.
ProtobufCMessage* node_message(const PgQuery__Node* node);

/// Rewrites the Node slots below `root` bottom-up: every child is rewritten before its parent,
/// and `rewrite` may replace the node in the slot it is given. A replacement is not walked again.
void rewrite_nodes(ProtobufCMessage* root, const std::function<void(PgQuery__Node*&)>& rewrite);

/// Calls `visit` on `root` and every message below it, parents before children.
void visit_messages(ProtobufCMessage* root, const std::function<void(ProtobufCMessage*)>& visit);

/// Whether walk_messages goes on below a message.
enum class Descend { Yes, No };

/// Calls `visit` on `root` and the messages below it, parents first, skipping everything below
/// a message for which `visit` answers Descend::No.
void walk_messages(ProtobufCMessage* root, const std::function<Descend(ProtobufCMessage*)>& visit);

/// What a NodePairHook decided about two nodes.
enum class PairDecision { Same, Different, Compare };

/// Looks at two nodes before same_tree compares them field by field: it may decide at once.
using NodePairHook = std::function<PairDecision(const PgQuery__Node&, const PgQuery__Node&)>;

/// Whether two trees are the same, ignoring source positions (`location` fields). `hook` sees
/// every pair of nodes first (it may be empty).
bool same_tree(const ProtobufCMessage* left, const ProtobufCMessage* right, const NodePairHook& hook);

}  // namespace driftgate::parse
