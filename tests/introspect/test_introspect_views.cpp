// Views and materialized views: the query as PostgreSQL prints it, comments.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"

using namespace driftgate;
using namespace driftgate::test;

namespace {

std::string hex(const std::string& text) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : text) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

}  // namespace

TEST_CASE("views and materialized views with their definitions", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SCHEMA app;
    CREATE TABLE app.people (id int, email text, score int);
    CREATE VIEW app.active AS SELECT id, email FROM app.people WHERE score > 0;
    CREATE MATERIALIZED VIEW app.stats AS SELECT count(*) AS n FROM app.people;
    COMMENT ON VIEW app.active IS 'people who scored';
    COMMENT ON MATERIALIZED VIEW app.stats IS 'counts';
  )sql");
  auto catalog = introspect_db(db);
  REQUIRE(catalog.views.size() == 2);

  const auto& active = catalog.views.at({"app", "active"});
  CHECK_FALSE(active.materialized);
  CHECK(active.comment == "people who scored");
  // PostgreSQL's own text, user tables qualified (search_path = pg_catalog)
  CHECK(hex(active.definition) ==
        db.query_value("SET search_path = pg_catalog; SELECT encode(convert_to("
                       "pg_get_viewdef('app.active'::regclass), 'UTF8'), 'hex')"));
  CHECK_THAT(active.definition, Catch::Contains("FROM app.people"));
  CHECK_THAT(active.definition, Catch::Contains("score > 0"));

  const auto& stats = catalog.views.at({"app", "stats"});
  CHECK(stats.materialized);
  CHECK(stats.comment == "counts");
  CHECK_THAT(stats.definition, Catch::Contains("count(*) AS n"));
  CHECK(catalog.tables.size() == 1);
}
