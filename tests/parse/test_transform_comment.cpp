#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/load_sql.hpp"

using namespace driftgate;
using test::load_error;
using test::load_sql;

TEST_CASE("COMMENT ON sets the comment of every kind of model object", "[parse]") {
  const auto result = load_sql(
      "CREATE SCHEMA app;\nCREATE EXTENSION citext;\nCREATE TYPE app.mood AS ENUM ('ok');\n"
      "CREATE SEQUENCE app.s;\nCREATE TABLE app.t (id int PRIMARY KEY, name text);\n"
      "CREATE INDEX t_name ON app.t (name);\nCREATE VIEW app.v AS SELECT 1 AS one;\n"
      "CREATE MATERIALIZED VIEW app.mv AS SELECT 1 AS one;\n"
      "COMMENT ON SCHEMA app IS 'schema';\n"
      "COMMENT ON EXTENSION citext IS 'extension';\n"
      "COMMENT ON TYPE app.mood IS 'type';\n"
      "COMMENT ON SEQUENCE app.s IS 'sequence';\n"
      "COMMENT ON TABLE app.t IS 'table';\n"
      "COMMENT ON COLUMN app.t.name IS 'column';\n"
      "COMMENT ON INDEX app.t_name IS 'index';\n"
      "COMMENT ON VIEW app.v IS 'view';\n"
      "COMMENT ON MATERIALIZED VIEW app.mv IS 'materialized view';\n"
      "COMMENT ON CONSTRAINT t_pkey ON app.t IS 'constraint';\n"
      "SET search_path TO app;\n"
      "COMMENT ON TABLE t IS 'table again';\n");
  const model::Catalog& catalog = result.catalog;
  CHECK(catalog.schemas.at("app").comment == "schema");
  CHECK(catalog.extensions.at("citext").comment == "extension");
  CHECK(catalog.enums.at({"app", "mood"}).comment == "type");
  CHECK(catalog.sequences.at({"app", "s"}).comment == "sequence");
  CHECK(catalog.tables.at({"app", "t"}).comment == "table again");
  CHECK(catalog.tables.at({"app", "t"}).columns[1].comment == "column");
  CHECK(catalog.indexes.at({"app", "t_name"}).comment == "index");
  CHECK(catalog.views.at({"app", "v"}).comment == "view");
  CHECK(catalog.views.at({"app", "mv"}).comment == "materialized view");
  CHECK(catalog.tables.at({"app", "t"}).constraints.at("t_pkey").comment == "constraint");
  CHECK(result.warnings.empty());
}

TEST_CASE("COMMENT ON … IS NULL or '' removes the comment", "[parse]") {
  const auto result = load_sql("CREATE TABLE t (a int);\nCOMMENT ON TABLE t IS 'x';\nCOMMENT ON TABLE t IS NULL;\n"
                               "COMMENT ON COLUMN t.a IS 'y';\nCOMMENT ON COLUMN t.a IS '';");
  CHECK_FALSE(result.catalog.tables.at({"public", "t"}).comment.has_value());
  CHECK_FALSE(result.catalog.tables.at({"public", "t"}).columns[0].comment.has_value());
}

TEST_CASE("comments on missing objects fail; on objects outside the model they warn", "[parse]") {
  CHECK_THAT(load_error("COMMENT ON TABLE nope IS 'x';"),
             Catch::StartsWith("schema/a.sql:1:1: COMMENT ON table public.nope: it is not defined before this statement"));
  CHECK_THAT(load_error("CREATE TABLE t (a int);\nCOMMENT ON COLUMN t.b IS 'x';"),
             Catch::StartsWith("schema/a.sql:2:1: COMMENT ON column b of public.t: it is not defined"));
  const auto result = load_sql("CREATE TABLE t (a int PRIMARY KEY);\nCOMMENT ON FUNCTION f() IS 'x';\n"
                               "COMMENT ON INDEX t_pkey IS 'x';\nCOMMENT ON TYPE some_domain IS 'x';");
  REQUIRE(result.warnings.size() == 3);
  CHECK(result.warnings[0].message == "COMMENT ON FUNCTION is not part of driftgate's model yet; the statement was ignored");
  CHECK_THAT(result.warnings[1].message, Catch::StartsWith("COMMENT ON INDEX public.t_pkey: the index belongs to a constraint"));
  CHECK_THAT(result.warnings[2].message, Catch::StartsWith("COMMENT ON TYPE public.some_domain: only enum types"));
}
