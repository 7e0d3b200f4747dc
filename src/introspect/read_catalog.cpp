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

model::Catalog read_catalog(CatalogReader& reader, const SchemaFilter& schemas, std::string* timezone,
                            std::string* datestyle) {
  if (reader.server_version() < kOldestSupportedServer) {
    throw Error(ExitCode::Environment,
                describe_connection(reader) + " runs PostgreSQL server version " +
                    std::to_string(reader.server_version()) +
                    "; driftgate reads PostgreSQL 13 and later. Upgrade the server.");
  }
  // search_path = pg_catalog makes format_type, pg_get_expr and friends print builtin types
  // bare and qualify every user object: the model's convention. The other settings fix how
  // constants print (dates, intervals, time zones, floats) whatever the server's or role's
  // defaults are, so the same schema reads the same everywhere. All are restored afterwards:
  // apply runs the definition's statements in the same transaction.
  const pqxx::row previous =
      reader.statement(
          "SELECT current_setting('search_path') AS search_path, "
          "current_setting('DateStyle') AS datestyle, "
          "current_setting('IntervalStyle') AS intervalstyle, "
          "current_setting('TimeZone') AS timezone, "
          "current_setting('extra_float_digits') AS extra_float_digits")[0];
  if (timezone != nullptr) *timezone = text_field(previous, "timezone");
  if (datestyle != nullptr) *datestyle = text_field(previous, "datestyle");
  reader.statement(
      "SELECT set_config('search_path', 'pg_catalog', true), "
      "set_config('DateStyle', 'ISO, YMD', true), set_config('IntervalStyle', 'postgres', true), "
      "set_config('TimeZone', 'UTC', true), set_config('extra_float_digits', '1', true)");

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

  auto& tx = reader.transaction();
  std::string restore = "SELECT ";
  for (const char* setting :
       {"search_path", "datestyle", "intervalstyle", "timezone", "extra_float_digits"}) {
    if (restore.size() > 7) restore += ", ";
    restore += "set_config(" + tx.quote(setting) + ", " +
               tx.quote(text_field(previous, setting)) + ", true)";
  }
  reader.statement(restore);
  return std::move(state.catalog);
}

}  // namespace driftgate::introspect
