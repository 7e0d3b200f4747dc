#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

// A partition that is itself partitioned is a Partition that also has a partition key.
void introspect_tables(CatalogReader& reader, IntrospectState& state) {
  for (const auto& row : reader.query("tables.sql", state.schema_oids)) {
    model::Table table;
    table.name = {text_field(row, "schema"), text_field(row, "name")};
    if (bool_field(row, "relispartition")) {
      table.kind = model::TableKind::Partition;
      table.partition_of =
          model::QualifiedName{text_field(row, "parent_schema"), text_field(row, "parent_name")};
      table.partition_bound = optional_field(row, "partition_bound");
    } else if (text_field(row, "relkind") == "p") {
      table.kind = model::TableKind::Partitioned;
    }
    table.partition_key = optional_field(row, "partition_key");
    table.comment = optional_field(row, "comment");
    state.tables[oid_field(row, "oid")] = table.name;
    state.catalog.tables[table.name] = std::move(table);
  }
}

}  // namespace driftgate::introspect
