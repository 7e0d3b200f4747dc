#include <catch2/catch.hpp>

#include "parse/load_sql.hpp"

using driftgate::test::load_error;
using driftgate::test::load_sql;

TEST_CASE("CREATE SCHEMA adds a schema with its location", "[parse]") {
  const auto result = load_sql("\nCREATE SCHEMA app;\nCREATE SCHEMA \"Mixed Case\";\nCREATE SCHEMA AUTHORIZATION alice;");
  const auto& schemas = result.catalog.schemas;
  REQUIRE(schemas.size() == 3);
  CHECK(schemas.at("app").location.file == "schema/a.sql");
  CHECK(schemas.at("app").location.line == 2);
  CHECK(schemas.at("app").location.column == 1);
  CHECK(schemas.count("Mixed Case") == 1);
  CHECK(schemas.count("alice") == 1);  // named after the role
}

TEST_CASE("CREATE SCHEMA IF NOT EXISTS keeps the first definition", "[parse]") {
  const auto result = load_sql("CREATE SCHEMA app;\nCREATE SCHEMA IF NOT EXISTS app;");
  CHECK(result.catalog.schemas.at("app").location.line == 1);
  REQUIRE(result.skipped.size() == 1);
  CHECK(result.skipped[0].message == "CREATE SCHEMA IF NOT EXISTS app: already defined at schema/a.sql:1:1");
}

TEST_CASE("a schema defined twice names both places", "[parse]") {
  CHECK(load_error({{"schema/a.sql", "CREATE SCHEMA app;"}, {"schema/b.sql", "\n\nCREATE SCHEMA app;"}}) ==
        "schema/b.sql:3:1: schema app is defined twice: here and at schema/a.sql:1:1. "
        "Keep one definition (CREATE … IF NOT EXISTS keeps the first one).");
}

TEST_CASE("elements of CREATE SCHEMA are created in the new schema", "[parse]") {
  const auto result = load_sql(
      "CREATE SCHEMA app CREATE TABLE t (id int PRIMARY KEY) CREATE INDEX ON t (id) "
      "CREATE VIEW v AS SELECT 1 AS one;\nCREATE TABLE after (x int);");
  CHECK(result.catalog.tables.count({"app", "t"}) == 1);
  CHECK(result.catalog.tables.at({"app", "t"}).constraints.count("t_pkey") == 1);
  CHECK(result.catalog.indexes.count({"app", "t_id_idx"}) == 1);
  CHECK(result.catalog.views.count({"app", "v"}) == 1);
  CHECK(result.catalog.tables.count({"public", "after"}) == 1);  // the search path is back
}

TEST_CASE("CREATE EXTENSION records schema and version", "[parse]") {
  const auto result = load_sql(
      "CREATE SCHEMA ext;\n"
      "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext VERSION '1.6';\n"
      "CREATE EXTENSION btree_gist;\n"
      "CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA ext;\n");
  const auto& extensions = result.catalog.extensions;
  CHECK(extensions.at("citext").schema == "ext");
  CHECK(extensions.at("citext").version == "1.6");
  CHECK(extensions.at("btree_gist").schema == "public");  // the first schema of the path
  CHECK_FALSE(extensions.at("btree_gist").version.has_value());
  CHECK(extensions.at("btree_gist").location.line == 3);
  CHECK(result.skipped.size() == 1);
  CHECK_THAT(load_error("CREATE EXTENSION citext;\nCREATE EXTENSION citext;"),
             Catch::StartsWith("schema/a.sql:2:1: extension citext is defined twice: here and at schema/a.sql:1:1"));
}

TEST_CASE("every database's public schema and plpgsql are no model objects unless given their own comment",
          "[parse]") {
  const auto standard = driftgate::test::load_sql(
      "CREATE SCHEMA IF NOT EXISTS public;\n"
      "COMMENT ON SCHEMA public IS 'standard public schema';\n"
      "CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;\n"
      "CREATE TABLE public.t (id int);\n");
  CHECK(standard.catalog.schemas.empty());
  CHECK(standard.catalog.extensions.empty());
  CHECK(standard.warnings.empty());
  CHECK(standard.skipped.size() == 3);

  const auto own = driftgate::test::load_sql("COMMENT ON SCHEMA public IS 'our tables';\n");
  REQUIRE(own.catalog.schemas.count("public") == 1);
  CHECK(own.catalog.schemas.at("public").comment == "our tables");
}
