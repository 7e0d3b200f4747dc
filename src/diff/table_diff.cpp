#include <set>

#include "diff/diff_context.hpp"
#include "diff/map_walk.hpp"
#include "diff/object_summary.hpp"
#include "model/identifier.hpp"

namespace driftgate::diff {
namespace {

ObjectId table_id(const model::QualifiedName& name) {
  return ObjectId{ObjectKind::Table, name.schema, "", name.name};
}

std::optional<std::string> parent_text(const std::optional<model::QualifiedName>& parent) {
  if (!parent) return std::nullopt;
  return model::to_sql(*parent);
}

// The names of `table`'s columns that `other` also has, in `table`'s order, comma-separated.
std::string shared_column_order(const model::Table& table, const model::Table& other) {
  std::string text;
  for (const auto& column : table.columns) {
    if (other.find_column(column.name) == nullptr) continue;
    if (!text.empty()) text += ", ";
    text += model::quote_ident(column.name);
  }
  return text;
}

// Partitioning: what kind of table it is and, for partitioned tables and partitions, the key,
// the parent and the bound. A different kind is one item; its parts would only repeat it.
void diff_partitioning(DiffContext& context, const ObjectId& id, const model::Table& expected,
                       const model::Table& actual, const model::SourceLocation& location) {
  if (expected.kind != actual.kind) {
    context.add_comparison(id, Attribute::TableKind,
                           compare_values(false, table_kind_summary(expected),
                                          table_kind_summary(actual)),
                           SafetyClass::Destroys, location);
    return;
  }
  normalize::ExpressionContext key_context{normalize::ExpressionKind::PartitionKey, expected.name,
                                           ""};
  context.compare_expression(id, Attribute::PartitionKey, expected.partition_key,
                             actual.partition_key, key_context, SafetyClass::Destroys, location);
  context.add_comparison(id, Attribute::PartitionOf,
                         compare_values(expected.partition_of == actual.partition_of,
                                        parent_text(expected.partition_of),
                                        parent_text(actual.partition_of)),
                         SafetyClass::Alters, location);
  normalize::ExpressionContext bound_context{normalize::ExpressionKind::PartitionBound,
                                             expected.name, ""};
  context.compare_expression(id, Attribute::PartitionBound, expected.partition_bound,
                             actual.partition_bound, bound_context, SafetyClass::Alters, location);
}

void diff_column_order(DiffContext& context, const ObjectId& id, const model::Table& expected,
                       const model::Table& actual, const model::SourceLocation& location) {
  if (context.options.column_order != ColumnOrder::Strict) return;
  // Only columns both sides have: a missing or unexpected column is an item of its own.
  const std::string expected_order = shared_column_order(expected, actual);
  const std::string actual_order = shared_column_order(actual, expected);
  context.add_comparison(id, Attribute::ColumnOrder,
                         compare_texts(expected_order, actual_order), SafetyClass::Destroys,
                         location);
}

}  // namespace

void diff_tables(DiffContext& context) {
  walk_maps(
      context.expected.tables, context.actual.tables,
      [&](const model::Table& table) {
        context.add_missing(table_id(table.name), table.location, std::nullopt);
      },
      [&](const model::Table& table) {
        context.add_unexpected(table_id(table.name), table.location, std::nullopt);
      },
      [&](const model::Table& expected, const model::Table& actual) {
        const ObjectId id = table_id(expected.name);
        const auto& location = either_location(expected.location, actual.location);
        diff_partitioning(context, id, expected, actual, location);
        diff_column_order(context, id, expected, actual, location);
        compare_comment(context, id, expected.comment, actual.comment, location);
        diff_columns(context, expected, actual);
        diff_constraints(context, expected, actual);
      });
}

}  // namespace driftgate::diff
