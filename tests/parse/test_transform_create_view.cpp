#include <catch2/catch.hpp>

#include "parse/load_sql.hpp"

using namespace driftgate;
using test::load_error;
using test::load_sql;

TEST_CASE("views and materialized views keep their query text", "[parse]") {
  const auto result = load_sql(
      "CREATE TABLE t (id int, name text);\n"
      "CREATE VIEW v AS SELECT id FROM t;\n"
      "CREATE OR REPLACE VIEW v AS SELECT id, name FROM t WHERE id > 0;\n"
      "CREATE VIEW named (a, b) AS SELECT id, name FROM t;\n"
      "CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT count(*) AS n FROM t WITH NO DATA;\n"
      "CREATE MATERIALIZED VIEW IF NOT EXISTS mv AS SELECT 1;\n");
  const auto& views = result.catalog.views;
  CHECK(views.at({"public", "v"}).definition == "SELECT id, name FROM t WHERE id > 0");
  CHECK(views.at({"public", "v"}).location.line == 3);
  CHECK_FALSE(views.at({"public", "v"}).materialized);
  CHECK(views.at({"public", "named"}).definition == "SELECT id AS a, name AS b FROM t");
  CHECK(views.at({"public", "mv"}).materialized);
  CHECK(views.at({"public", "mv"}).definition == "SELECT count(*) AS n FROM t");
  CHECK(result.skipped.size() == 1);
}

TEST_CASE("view names share the relation namespace", "[parse]") {
  CHECK_THAT(load_error("CREATE VIEW v AS SELECT 1;\nCREATE VIEW v AS SELECT 2;"),
             Catch::StartsWith("schema/a.sql:2:1: view public.v is defined twice: here and at schema/a.sql:1:1"));
  CHECK_THAT(load_error("CREATE TABLE v (a int);\nCREATE OR REPLACE VIEW v AS SELECT 2;"),
             Catch::StartsWith("schema/a.sql:2:1: view public.v (the name is already taken by table public.v;"));
  const auto result = load_sql("CREATE TABLE t AS SELECT 1 AS one;");
  CHECK(result.catalog.tables.empty());
  REQUIRE(result.warnings.size() == 1);
  CHECK_THAT(result.warnings[0].message, Catch::StartsWith("CREATE TABLE … AS is not supported"));
}
