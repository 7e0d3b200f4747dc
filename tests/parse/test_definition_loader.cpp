#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/load_sql.hpp"

using namespace driftgate;
using test::load_error;
using test::load_sql;
using Names = std::vector<std::string>;

TEST_CASE("statements that define no schema are skipped and listed", "[parse]") {
  const auto result = load_sql(
      "BEGIN;\nSET statement_timeout = 0;\nSELECT 1;\nINSERT INTO t VALUES (1);\nUPDATE t SET a = 1;\n"
      "DELETE FROM t;\nGRANT SELECT ON t TO bob;\nREVOKE ALL ON t FROM bob;\nALTER SCHEMA s OWNER TO bob;\n"
      "COMMIT;\n");
  CHECK(test::messages(result.skipped) ==
        Names{"schema/a.sql:1: transaction control (BEGIN/COMMIT/…): defines no schema objects",
              "schema/a.sql:2: SET statement_timeout: defines no schema objects",
              "schema/a.sql:3: SELECT: defines no schema objects",
              "schema/a.sql:4: INSERT: defines no schema objects",
              "schema/a.sql:5: UPDATE: defines no schema objects",
              "schema/a.sql:6: DELETE: defines no schema objects",
              "schema/a.sql:7: GRANT: defines no schema objects",
              "schema/a.sql:8: REVOKE: defines no schema objects",
              "schema/a.sql:9: ALTER … OWNER TO: defines no schema objects",
              "schema/a.sql:10: transaction control (BEGIN/COMMIT/…): defines no schema objects"});
  CHECK(result.warnings.empty());
}

TEST_CASE("statement kinds outside the model warn with file, line and kind", "[parse]") {
  const auto result = load_sql(
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n"
      "CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\n"
      "CREATE POLICY p ON t USING (true);\n"
      "CREATE DOMAIN positive AS int CHECK (VALUE > 0);\n"
      "DO $$ BEGIN END $$;\n"
      "DROP TABLE t;\n"
      "CREATE CAST (text AS int) WITH INOUT;\n");
  CHECK(test::messages(result.warnings) ==
        Names{"schema/a.sql:1: CREATE FUNCTION is not part of driftgate's model yet; the statement was ignored",
              "schema/a.sql:2: CREATE TRIGGER is not part of driftgate's model yet; the statement was ignored",
              "schema/a.sql:3: CREATE POLICY is not part of driftgate's model yet; the statement was ignored",
              "schema/a.sql:4: CREATE DOMAIN is not part of driftgate's model yet; the statement was ignored",
              "schema/a.sql:5: DO is not part of driftgate's model yet; the statement was ignored",
              "schema/a.sql:6: DROP is not part of driftgate's model yet; the statement was ignored",
              "schema/a.sql:7: CreateCastStmt is not part of driftgate's model yet; the statement was ignored"});
}

TEST_CASE("objects defined twice across files name both places", "[parse]") {
  CHECK(load_error({{"schema/a.sql", "CREATE TABLE users (id int);\n"},
                    {"schema/b.sql", "-- again\n\n\n\n\n\n\n\n\nCREATE TABLE users (id int);\n"}}) ==
        "schema/b.sql:10:1: table public.users is defined twice: here and at schema/a.sql:1:1. "
        "Keep one definition (CREATE … IF NOT EXISTS keeps the first one).");
  CHECK_THAT(load_error({{"schema/a.sql", "CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);"},
                         {"schema/b.sql", "CREATE INDEX i ON t (a);"}}),
             Catch::StartsWith("schema/b.sql:1:1: index public.i is defined twice: here and at schema/a.sql:2:1"));
  CHECK_THAT(load_error({{"schema/a.sql", "CREATE TABLE t (a int);\nCREATE INDEX i ON t (a);"},
                         {"schema/b.sql", "CREATE SEQUENCE i;"}}),
             Catch::StartsWith("schema/b.sql:1:1: sequence public.i (the name is already taken by index public.i;"));
  const auto result = parse::load_definition(
      {{"schema/a.sql", "CREATE TABLE IF NOT EXISTS t (a int);"}, {"schema/b.sql", "CREATE TABLE IF NOT EXISTS t (b int);"}},
      {});
  CHECK(result.catalog.tables.at({"public", "t"}).columns[0].name == "a");
  CHECK(result.catalog.tables.at({"public", "t"}).location.file == "schema/a.sql");
}

TEST_CASE("unquoted identifiers fold to lower case; quoted ones keep their case", "[parse]") {
  const auto result = load_sql("CREATE TABLE Users (ID int, \"Mixed\" int);\nCREATE TABLE \"Users\" (a int);");
  CHECK(result.catalog.tables.at({"public", "users"}).columns[0].name == "id");
  CHECK(result.catalog.tables.at({"public", "users"}).columns[1].name == "Mixed");
  CHECK(result.catalog.tables.count({"public", "Users"}) == 1);
}

TEST_CASE("every model object records where it is defined", "[parse]") {
  const auto result = parse::load_definition(
      {{"db/one.sql", "CREATE SCHEMA s;\n\n  CREATE TABLE s.t (\n    a int,\n    CONSTRAINT c CHECK (a > 0)\n);"},
       {"db/two.sql", "CREATE INDEX ON s.t (a);\nCREATE VIEW s.v AS SELECT 1;\nCREATE TYPE s.e AS ENUM ();"}},
      {});
  const model::Catalog& catalog = result.catalog;
  const model::Table& table = catalog.tables.at({"s", "t"});
  CHECK(table.location == model::SourceLocation{"db/one.sql", 3, 3});
  CHECK(table.columns[0].location == model::SourceLocation{"db/one.sql", 4, 5});
  CHECK(table.constraints.at("c").location == model::SourceLocation{"db/one.sql", 5, 5});
  CHECK(catalog.indexes.at({"s", "t_a_idx"}).location == model::SourceLocation{"db/two.sql", 1, 1});
  CHECK(catalog.views.at({"s", "v"}).location == model::SourceLocation{"db/two.sql", 2, 1});
  CHECK(catalog.enums.at({"s", "e"}).location == model::SourceLocation{"db/two.sql", 3, 1});
}
