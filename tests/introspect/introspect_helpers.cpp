#include "introspect/introspect_helpers.hpp"

#include <algorithm>

#include <catch2/catch.hpp>

namespace driftgate::test {

model::Catalog introspect_db(const TestDatabase& db, const introspect::IntrospectOptions& options) {
  return introspect::introspect_database(db.url(), options);
}

const model::Table& table_in(const model::Catalog& catalog, const std::string& schema,
                             const std::string& name) {
  auto found = catalog.tables.find({schema, name});
  INFO("table " << schema << "." << name);
  REQUIRE(found != catalog.tables.end());
  return found->second;
}

const model::Column& column_in(const model::Table& table, const std::string& name) {
  auto found = std::find_if(table.columns.begin(), table.columns.end(),
                            [&](const model::Column& c) { return c.name == name; });
  INFO("column " << name << " of " << table.name.schema << "." << table.name.name);
  REQUIRE(found != table.columns.end());
  return *found;
}

const model::Constraint& constraint_in(const model::Table& table, const std::string& name) {
  auto found = table.constraints.find(name);
  INFO("constraint " << name << " of " << table.name.schema << "." << table.name.name);
  REQUIRE(found != table.constraints.end());
  return found->second;
}

const model::Index& index_in(const model::Catalog& catalog, const std::string& schema,
                             const std::string& name) {
  auto found = catalog.indexes.find({schema, name});
  INFO("index " << schema << "." << name);
  REQUIRE(found != catalog.indexes.end());
  return found->second;
}

std::string url_as(const TestDatabase& db, const std::string& user) {
  auto url = db.url();
  const std::string prefix = "postgresql://postgres@";
  REQUIRE(url.rfind(prefix, 0) == 0);
  return "postgresql://" + user + "@" + url.substr(prefix.size());
}

}  // namespace driftgate::test
