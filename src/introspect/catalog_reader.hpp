#pragma once

#include <string>

#include <pqxx/pqxx>

namespace driftgate::introspect {

/// The one door every introspection statement goes through: it picks each embedded query's
/// variant for the server's version and counts what it sends, so a test can prove the number of
/// queries does not grow with the number of tables.
class CatalogReader {
 public:
  /// Reads through `tx`, an open transaction.
  explicit CatalogReader(pqxx::transaction_base& tx);

  /// Runs the embedded query `file` (`schemas.sql`), which takes no parameter.
  pqxx::result query(const std::string& file);
  /// Runs the embedded query `file` with `schema_oids` (an oid[] literal, `{2200,16390}`) as $1.
  pqxx::result query(const std::string& file, const std::string& schema_oids);
  /// Runs one statement of driftgate's own (`SET LOCAL …`).
  pqxx::result statement(const std::string& sql);
  /// Runs one statement of driftgate's own with `argument` as $1.
  pqxx::result statement(const std::string& sql, const std::string& argument);

  /// How many statements went through this reader.
  int queries_sent() const { return queries_sent_; }
  /// The server's version as a number (150004 for 15.4).
  int server_version() const { return server_version_; }
  /// The transaction read through.
  pqxx::transaction_base& transaction() { return tx_; }

 private:
  pqxx::transaction_base& tx_;
  int server_version_;
  int queries_sent_ = 0;
};

}  // namespace driftgate::introspect
