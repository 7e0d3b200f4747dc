#include "introspect/transaction_live_data.hpp"

#include <pqxx/pqxx>

#include "model/identifier.hpp"

namespace driftgate::introspect {

TransactionLiveData::TransactionLiveData(pqxx::transaction_base& tx) : tx_(tx) {}

plan::TableSize TransactionLiveData::size(const model::QualifiedName& table) {
  if (!sizes_read_) {
    // reltuples is -1 for a table never vacuumed or analysed (PostgreSQL 14 and later; 0 before).
    const pqxx::result rows = tx_.exec(
        "SELECT n.nspname, c.relname, c.reltuples::bigint, c.relpages::bigint "
        "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'm') ORDER BY 1, 2");
    for (const auto& row : rows) {
      plan::TableSize table_size;
      const auto tuples = row[2].as<std::int64_t>();
      if (tuples >= 0) table_size.estimated_rows = tuples;
      table_size.pages = row[3].as<std::int64_t>();
      sizes_[{row[0].as<std::string>(), row[1].as<std::string>()}] = table_size;
    }
    sizes_read_ = true;
  }
  auto found = sizes_.find(table);
  return found == sizes_.end() ? plan::TableSize{} : found->second;
}

std::set<model::QualifiedName> TransactionLiveData::invalid_indexes() {
  std::set<model::QualifiedName> names;
  for (const auto& row : tx_.exec(
           "SELECT n.nspname, c.relname FROM pg_catalog.pg_index i "
           "JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
           "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
           "WHERE NOT i.indisvalid ORDER BY 1, 2")) {
    names.insert({row[0].as<std::string>(), row[1].as<std::string>()});
  }
  return names;
}

bool TransactionLiveData::exists(const std::string& query) {
  return tx_.exec1("SELECT EXISTS (" + query + ")")[0].as<bool>();
}

bool TransactionLiveData::has_rows(const model::QualifiedName& table) {
  return exists("SELECT FROM " + model::to_sql(table));
}

bool TransactionLiveData::has_nulls(const model::QualifiedName& table, const std::string& column) {
  return exists("SELECT FROM " + model::to_sql(table) + " WHERE " + model::quote_ident(column) +
                " IS NULL");
}

bool TransactionLiveData::has_duplicates(const model::QualifiedName& table,
                                         const std::vector<std::string>& keys,
                                         const std::optional<std::string>& predicate,
                                         bool nulls_equal) {
  std::string list;
  std::string conditions;
  for (const std::string& key : keys) {
    list += (list.empty() ? "" : ", ") + key;
    // A unique index lets NULLs repeat unless NULLS NOT DISTINCT: such rows never collide.
    if (!nulls_equal) conditions += (conditions.empty() ? "" : " AND ") + key + " IS NOT NULL";
  }
  if (predicate) conditions += (conditions.empty() ? "(" : " AND (") + *predicate + ")";
  return exists("SELECT FROM " + model::to_sql(table) +
                (conditions.empty() ? "" : " WHERE " + conditions) + " GROUP BY " + list +
                " HAVING count(*) > 1");
}

}  // namespace driftgate::introspect
