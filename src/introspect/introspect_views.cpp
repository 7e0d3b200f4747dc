#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

void introspect_views(CatalogReader& reader, IntrospectState& state) {
  for (const auto& row : reader.query("views.sql", state.schema_oids)) {
    model::View view;
    view.name = {text_field(row, "schema"), text_field(row, "name")};
    view.materialized = bool_field(row, "materialized");
    view.definition = text_field(row, "definition");
    view.comment = optional_field(row, "comment");
    if (view.materialized) state.matviews[oid_field(row, "oid")] = view.name;
    state.catalog.views[view.name] = std::move(view);
  }
}

}  // namespace driftgate::introspect
