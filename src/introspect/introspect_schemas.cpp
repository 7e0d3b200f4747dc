#include <string>
#include <vector>

#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"
#include "util/error.hpp"

namespace driftgate::introspect {

// A role without USAGE on a schema can still read its catalog entries, but such a setup is a
// misconfiguration (apply would fail there later) and skipping the schema would report all its
// objects as missing. So introspection refuses (exit 3) and says how to fix it: grant USAGE, or
// leave the schema out with the exclude filter.
void introspect_schemas(CatalogReader& reader, const SchemaFilter& filter, IntrospectState& state) {
  std::vector<std::string> denied;
  std::string oids;
  for (const auto& row : reader.query("schemas.sql")) {
    auto name = text_field(row, "name");
    if (!filter.admits(name)) continue;
    if (!bool_field(row, "has_usage")) denied.push_back(name);
    oids += (oids.empty() ? "" : ",") + text_field(row, "oid");
    if (bool_field(row, "implicit")) continue;  // initdb's public: read, but no model object
    model::Schema schema;
    schema.name = name;
    schema.comment = optional_field(row, "comment");
    state.catalog.schemas[name] = std::move(schema);
  }
  state.schema_oids = "{" + oids + "}";
  if (denied.empty()) return;
  std::string list;
  for (const auto& name : denied) list += (list.empty() ? "\"" : ", \"") + name + "\"";
  auto role = reader.transaction().conn().username();
  throw Error(ExitCode::Environment,
              std::string("role \"") + role + "\" has no USAGE privilege on schema " + list +
                  " of database \"" + reader.transaction().conn().dbname() +
                  "\", so driftgate cannot vouch for what it reads there.\nGrant it (GRANT USAGE "
                  "ON SCHEMA … TO " +
                  role +
                  ") or leave the schema out of the comparison "
                  "(exclude it in the schema filter).");
}

}  // namespace driftgate::introspect
