#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

// One row per label, in enumsortorder: the first row of a type creates it.
void introspect_enums(CatalogReader& reader, IntrospectState& state) {
  for (const auto& row : reader.query("enums.sql", state.schema_oids)) {
    model::QualifiedName name{text_field(row, "schema"), text_field(row, "name")};
    auto [entry, created] = state.catalog.enums.try_emplace(name);
    if (created) {
      entry->second.name = name;
      entry->second.comment = optional_field(row, "comment");
    }
    if (auto label = optional_field(row, "label")) entry->second.labels.push_back(*label);
  }
}

}  // namespace driftgate::introspect
