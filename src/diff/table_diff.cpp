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

// The type of the key column when `parent` is partitioned by one plain column (`RANGE (at)`,
// `LIST ("Kind")`), else "": partition bounds in that type's printed form compare exactly.
std::string single_key_type(const model::Table* parent) {
  if (parent == nullptr || !parent->partition_key) return "";
  const std::string& key = *parent->partition_key;
  const auto open = key.find('(');
  if (open == std::string::npos || key.back() != ')') return "";
  std::string inner = key.substr(open + 1, key.size() - open - 2);
  std::string name;
  if (inner.size() >= 2 && inner.front() == '"' && inner.back() == '"') {
    for (std::size_t i = 1; i + 1 < inner.size(); ++i) {
      if (inner[i] == '"') {
        if (inner[i + 1] != '"') return "";  // two quoted names
        ++i;
      }
      name += inner[i];
    }
  } else {
    for (char c : inner) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return "";
    }
    name = inner;
  }
  const model::Column* column = parent->find_column(name);
  return column == nullptr ? "" : column->type;
}

// Partitioning: what kind of table it is and, for partitioned tables and partitions, the key,
// the parent and the bound. A different kind is one item; its parts would only repeat it.
void diff_partitioning(DiffContext& context, const ObjectId& id, const model::Table& expected,
                       const model::Table& actual, const model::SourceLocation& location) {
  if (expected.kind != actual.kind) {
    // An ordinary table that should be a partition is attached in place (a scan validates the
    // bound); every other change of kind needs the table rebuilt.
    const bool attach = expected.kind == model::TableKind::Partition &&
                        actual.kind == model::TableKind::Ordinary && expected.partition_of;
    context.add_comparison(id, Attribute::TableKind,
                           compare_values(false, table_kind_summary(expected),
                                          table_kind_summary(actual)),
                           attach ? SafetyClass::Alters : SafetyClass::Destroys, location);
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
  const model::Table* parent = nullptr;
  if (expected.partition_of) {
    auto found = context.expected.tables.find(*expected.partition_of);
    if (found != context.expected.tables.end()) parent = &found->second;
  }
  normalize::ExpressionContext bound_context{normalize::ExpressionKind::PartitionBound,
                                             expected.name, single_key_type(parent)};
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
