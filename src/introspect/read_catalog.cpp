#include "introspect/read_catalog.hpp"

#include "introspect/connection_target.hpp"
#include "introspect/introspect_state.hpp"
#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"
#include "util/error.hpp"

namespace driftgate::introspect {

namespace {

constexpr int kOldestSupportedServer = 130000;

std::string or_empty(const char* text) { return text == nullptr ? "" : text; }

}  // namespace

std::string describe_connection(CatalogReader& reader) {
  auto& conn = reader.transaction().conn();
  return describe_target({or_empty(conn.hostname()), or_empty(conn.port()), or_empty(conn.dbname()),
                          or_empty(conn.username())});
}

model::Catalog read_catalog(CatalogReader& reader, const SchemaFilter& schemas) {
  if (reader.server_version() < kOldestSupportedServer) {
    throw Error(ExitCode::Environment,
                describe_connection(reader) + " runs PostgreSQL server version " +
                    std::to_string(reader.server_version()) +
                    "; driftgate reads PostgreSQL 13 and later. Upgrade the server.");
  }
  // search_path = pg_catalog makes format_type, pg_get_expr and friends print builtin types
  // bare and qualify every user object: the model's convention.
  auto previous_search_path =
      text_field(reader.statement("SELECT current_setting('search_path') AS path")[0], "path");
  reader.statement("SET LOCAL search_path = pg_catalog");

  IntrospectState state;
  introspect_schemas(reader, schemas, state);
  introspect_extensions(reader, schemas, state);
  introspect_enums(reader, state);
  introspect_tables(reader, state);
  introspect_views(reader, state);
  introspect_columns(reader, state);
  introspect_sequences(reader, state);
  introspect_key_names(reader, state);
  introspect_indexes(reader, state);
  introspect_constraints(reader, state);

  reader.statement("SELECT set_config('search_path', $1, true)", previous_search_path);
  return std::move(state.catalog);
}

}  // namespace driftgate::introspect
