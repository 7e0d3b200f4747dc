#include <optional>

#include "introspect/index_key_text.hpp"
#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

namespace {

// The table or materialized view an index belongs to, if it is in the model.
const model::QualifiedName* indexed_relation(const IntrospectState& state, Oid oid) {
  if (auto table = state.tables.find(oid); table != state.tables.end()) return &table->second;
  if (auto view = state.matviews.find(oid); view != state.matviews.end()) return &view->second;
  return nullptr;
}

model::IndexKey index_key(const pqxx::row& row) {
  model::IndexKey key;
  auto printed = optional_field(row, "expression");
  key.is_expression = printed.has_value();
  key.element = printed ? unwrap_index_expression(*printed) : text_field(row, "column_name");
  key.opclass = optional_field(row, "opclass");
  key.collation = optional_field(row, "collation");
  if (key.is_expression && key.collation &&
      !prints_collation(text_field(row, "full_definition"), *printed, *key.collation)) {
    key.collation.reset();  // the expression's own collation: PostgreSQL does not print it
  }
  key.descending = bool_field(row, "descending");
  key.nulls_first = bool_field(row, "nulls_first");
  return key;
}

void add_shape(IntrospectState& state, Oid table_oid, Oid constraint_oid, IndexShape shape) {
  if (constraint_oid != 0) {
    state.constraint_indexes[constraint_oid] = std::move(shape);
    return;
  }
  const auto* table = indexed_relation(state, table_oid);
  if (table == nullptr) return;  // its table is left out
  shape.index.table = *table;
  state.catalog.indexes[shape.index.name] = std::move(shape.index);
}

}  // namespace

// Rows come one per index column, grouped by index. Measured on this machine (PostgreSQL 15,
// 2,000 tables with 4,000 indexes): reading keys from the raw pg_index arrays took
// see docs/ARCHITECTURE.md "Introspection cost" for the numbers.
void introspect_indexes(CatalogReader& reader, IntrospectState& state) {
  std::optional<IndexShape> shape;
  Oid index_oid = 0, table_oid = 0, constraint_oid = 0;
  for (const auto& row : reader.query("indexes.sql", state.schema_oids)) {
    if (!shape || oid_field(row, "index_oid") != index_oid) {
      if (shape) add_shape(state, table_oid, constraint_oid, std::move(*shape));
      shape.emplace();
      index_oid = oid_field(row, "index_oid");
      table_oid = oid_field(row, "table_oid");
      constraint_oid = oid_field(row, "constraint_oid");
      auto& index = shape->index;
      index.name = {text_field(row, "schema"), text_field(row, "name")};
      index.method = text_field(row, "method");
      index.unique = bool_field(row, "is_unique");
      index.nulls_not_distinct = bool_field(row, "nulls_not_distinct");
      index.predicate = optional_field(row, "predicate");
      index.comment = optional_field(row, "comment");
    }
    if (bool_field(row, "is_include")) {
      shape->index.include.push_back(text_field(row, "column_name"));
      continue;
    }
    shape->index.keys.push_back(index_key(row));
    shape->operators.push_back(text_field(row, "operator"));
  }
  if (shape) add_shape(state, table_oid, constraint_oid, std::move(*shape));
}

}  // namespace driftgate::introspect
