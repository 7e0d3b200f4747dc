#include <catch2/catch.hpp>

#include "parse/query_relations.hpp"

using driftgate::parse::RelationName;
using driftgate::parse::relations_read;

TEST_CASE("the relations a view's query reads: joins, subqueries and CTEs, qualified or not", "[parse]") {
  const auto read = relations_read(
      "WITH recent AS (SELECT * FROM app.orders WHERE placed > now() - interval '1 day') "
      "SELECT c.name, (SELECT count(*) FROM items i WHERE i.order_id = r.id) "
      "FROM recent r JOIN customers c ON c.id = r.customer_id "
      "WHERE EXISTS (SELECT 1 FROM app.orders o WHERE o.id = r.id)");
  REQUIRE(read.has_value());
  CHECK(*read == std::vector<RelationName>{{"", "customers"}, {"", "items"}, {"", "recent"}, {"app", "orders"}});
}

TEST_CASE("a text that is not one query gives no relations", "[parse]") {
  CHECK_FALSE(relations_read("SELECT FROM WHERE").has_value());
  CHECK_FALSE(relations_read("SELECT 1; SELECT 2").has_value());
}
