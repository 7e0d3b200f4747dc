#include <optional>

#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

namespace {

model::IdentityKind identity_kind(const std::string& attidentity) {
  if (attidentity == "a") return model::IdentityKind::Always;
  if (attidentity == "d") return model::IdentityKind::ByDefault;
  return model::IdentityKind::None;
}

}  // namespace

// Rows come ordered by table, then attnum, so each table's columns arrive in position order.
// Every column's name is kept by attnum for the index and constraint keys that refer to it.
// The expression is the default, or the generation expression when attgenerated = 's'.
void introspect_columns(CatalogReader& reader, IntrospectState& state) {
  model::Table* table = nullptr;
  std::optional<Oid> table_oid;
  const pqxx::result rows = reader.query("columns.sql", state.schema_oids);
  for (auto at = rows.begin(); at != rows.end(); ++at) {
    const auto& row = *at;
    auto oid = oid_field(row, "table_oid");
    if (table_oid != oid) {
      table_oid = oid;
      auto known = state.tables.find(oid);
      table = known == state.tables.end() ? nullptr : &state.catalog.tables.at(known->second);
      // The table's rows follow one another: room for exactly its columns (a vector grown
      // one push at a time holds up to twice as many, and columns are most of a model).
      auto end = at;
      while (end != rows.end() && oid_field(*end, "table_oid") == oid) ++end;
      if (table != nullptr) table->columns.reserve(static_cast<std::size_t>(end - at));
    }
    state.columns[{oid, static_cast<int>(int_field(row, "attnum"))}] =
        ColumnFacts{text_field(row, "name"), oid_field(row, "collation_oid")};
    // a materialized view's, or a table tables.sql left out (extension's, alembic_version)
    if (table == nullptr) continue;
    model::Column column;
    column.name = text_field(row, "name");
    column.type = text_field(row, "type");
    column.collation = optional_field(row, "collation");
    column.not_null = bool_field(row, "not_null");
    column.identity = identity_kind(text_field(row, "identity"));
    if (text_field(row, "generated") == "s") {
      column.generated = optional_field(row, "expression");
    } else {
      column.default_expr = optional_field(row, "expression");
    }
    column.comment = optional_field(row, "comment");
    table->columns.push_back(std::move(column));
  }
}

}  // namespace driftgate::introspect
