#include "introspect/introspect_transaction.hpp"

#include <pqxx/pqxx>

#include "introspect/catalog_reader.hpp"
#include "introspect/environment_error.hpp"
#include "introspect/read_catalog.hpp"

namespace driftgate::introspect {

model::Catalog introspect_transaction(pqxx::transaction_base& tx, const SchemaFilter& schemas,
                                      IntrospectStats& stats) {
  CatalogReader reader(tx);
  const auto target = describe_connection(reader);
  try {
    auto catalog = read_catalog(reader, schemas);
    stats.queries_sent += reader.queries_sent();
    return catalog;
  } catch (const pqxx::failure&) {
    throw catalog_read_error(target);
  }
}

}  // namespace driftgate::introspect
