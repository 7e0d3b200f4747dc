#include "introspect/introspect.hpp"

#include <exception>
#include <memory>

#include <pqxx/pqxx>

#include "introspect/catalog_reader.hpp"
#include "introspect/connection_target.hpp"
#include "introspect/environment_error.hpp"
#include "introspect/read_catalog.hpp"

namespace driftgate::introspect {

model::Catalog introspect_database(const std::string& url, const IntrospectOptions& options) {
  IntrospectStats stats;
  return introspect_database(url, options, stats);
}

model::Catalog introspect_database(const std::string& url, const IntrospectOptions& options,
                                   IntrospectStats& stats) {
  const auto started = std::chrono::steady_clock::now();
  const auto target = describe_target(parse_connection_target(url));
  std::unique_ptr<pqxx::connection> conn;
  try {
    conn = std::make_unique<pqxx::connection>(with_connect_options(url, options.connect_timeout));
  } catch (const std::exception& e) {
    throw connect_error(target, redact_password(e.what(), url));
  }
  try {
    // BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY: one snapshot for every query.
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
    CatalogReader reader(tx);
    reader.statement("SET LOCAL statement_timeout = " +
                     std::to_string(options.statement_timeout.count()));
    auto catalog = read_catalog(reader, options.schemas, &stats.timezone, &stats.datestyle);
    stats.queries_sent += reader.queries_sent();
    stats.server_version = reader.server_version();
    tx.commit();
    stats.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    return catalog;
  } catch (const pqxx::failure&) {
    throw catalog_read_error(target);
  }
}

}  // namespace driftgate::introspect
