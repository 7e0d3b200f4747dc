#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

// Extensions belong to the database, not to a schema; they follow the schema filter through the
// schema they were created in. pg_catalog (where only superusers put extensions) always passes.
void introspect_extensions(CatalogReader& reader, const SchemaFilter& filter,
                           IntrospectState& state) {
  for (const auto& row : reader.query("extensions.sql")) {
    model::Extension extension;
    extension.name = text_field(row, "name");
    extension.schema = text_field(row, "schema");
    if (extension.schema != "pg_catalog" && !filter.admits(extension.schema)) continue;
    extension.version = optional_field(row, "version");
    extension.comment = optional_field(row, "comment");
    state.catalog.extensions[extension.name] = std::move(extension);
  }
}

}  // namespace driftgate::introspect
