#include <algorithm>

#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

namespace {

model::SequenceOptions sequence_options(const pqxx::row& row) {
  model::SequenceOptions options;
  options.data_type = text_field(row, "data_type");
  options.start = int_field(row, "seqstart");
  options.increment = int_field(row, "seqincrement");
  options.min_value = int_field(row, "seqmin");
  options.max_value = int_field(row, "seqmax");
  options.cache = int_field(row, "seqcache");
  options.cycle = bool_field(row, "seqcycle");
  return options;
}

model::Column* find_column(model::Table& table, const std::string& name) {
  auto found = std::find_if(table.columns.begin(), table.columns.end(),
                            [&](const model::Column& column) { return column.name == name; });
  return found == table.columns.end() ? nullptr : &*found;
}

}  // namespace

// An identity sequence (owner_kind 'i') is not an object of its own: its options go to its
// column. Every other sequence is a Sequence, with owned_by when a column owns it ('a').
void introspect_sequences(CatalogReader& reader, IntrospectState& state) {
  for (const auto& row : reader.query("sequences.sql", state.schema_oids)) {
    auto owner_kind = text_field(row, "owner_kind");
    if (owner_kind == "i") {
      auto table = state.tables.find(oid_field(row, "owner_table_oid"));
      if (table == state.tables.end()) continue;  // its table is left out
      auto* column =
          find_column(state.catalog.tables.at(table->second), text_field(row, "owner_column"));
      if (column != nullptr) column->identity_options = sequence_options(row);
      continue;
    }
    model::Sequence sequence;
    sequence.name = {text_field(row, "schema"), text_field(row, "name")};
    sequence.options = sequence_options(row);
    if (owner_kind == "a") {
      sequence.owned_by =
          model::ColumnRef{{text_field(row, "owner_schema"), text_field(row, "owner_table")},
                           text_field(row, "owner_column")};
    }
    sequence.comment = optional_field(row, "comment");
    state.catalog.sequences[sequence.name] = std::move(sequence);
  }
}

}  // namespace driftgate::introspect
