#include "introspect/catalog_reader.hpp"

#include "introspect/query_text.hpp"

namespace driftgate::introspect {

CatalogReader::CatalogReader(pqxx::transaction_base& tx)
    : tx_(tx), server_version_(tx.conn().server_version()) {}

pqxx::result CatalogReader::query(const std::string& file) {
  ++queries_sent_;
  return tx_.exec(catalog_query(file, server_version_), file);
}

pqxx::result CatalogReader::query(const std::string& file, const std::string& schema_oids) {
  ++queries_sent_;
  return tx_.exec_params(catalog_query(file, server_version_), schema_oids);
}

pqxx::result CatalogReader::statement(const std::string& sql) {
  ++queries_sent_;
  return tx_.exec(sql);
}

pqxx::result CatalogReader::statement(const std::string& sql, const std::string& argument) {
  ++queries_sent_;
  return tx_.exec_params(sql, argument);
}

}  // namespace driftgate::introspect
