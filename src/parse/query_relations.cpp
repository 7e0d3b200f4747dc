#include "parse/query_relations.hpp"

#include <algorithm>

#include "parse/expression_tree.hpp"
#include "parse/node_walk.hpp"
#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {

std::optional<std::vector<RelationName>> relations_read(std::string_view query) {
  std::vector<RelationName> names;
  try {
    const ExpressionTree tree = ExpressionTree::parse(query, TextShape::Query);
    visit_messages(tree.root(), [&](ProtobufCMessage* message) {
      if (message->descriptor != &pg_query__range_var__descriptor) return;
      const auto* relation = reinterpret_cast<const PgQuery__RangeVar*>(message);
      names.push_back({std::string(text_of(relation->schemaname)), std::string(text_of(relation->relname))});
    });
  } catch (const ExpressionTextError&) {
    return std::nullopt;
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace driftgate::parse
