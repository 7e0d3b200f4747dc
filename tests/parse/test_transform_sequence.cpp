#include <catch2/catch.hpp>

#include "parse/load_sql.hpp"

using namespace driftgate;
using test::load_error;
using test::load_sql;

TEST_CASE("sequences are owned by a column through OWNED BY", "[parse]") {
  const auto result = load_sql(
      "CREATE TABLE t (id int);\n"
      "CREATE SEQUENCE a OWNED BY t.id;\n"
      "CREATE SEQUENCE b;\n"
      "ALTER SEQUENCE b OWNED BY public.t.id;\n"
      "CREATE SEQUENCE c OWNED BY t.id;\n"
      "ALTER SEQUENCE c OWNED BY NONE;\n"
      "ALTER SEQUENCE b INCREMENT BY 3 RESTART WITH 7;\n");
  const auto& sequences = result.catalog.sequences;
  const model::ColumnRef owner{{"public", "t"}, "id"};
  CHECK(sequences.at({"public", "a"}).owned_by == owner);
  CHECK(sequences.at({"public", "b"}).owned_by == owner);
  CHECK_FALSE(sequences.at({"public", "c"}).owned_by.has_value());
  CHECK(sequences.at({"public", "b"}).options.increment == 3);
  CHECK(sequences.at({"public", "b"}).options.start == 1);  // RESTART is run-time state
  CHECK(sequences.at({"public", "b"}).location.line == 3);
}

TEST_CASE("sequence mistakes are input errors", "[parse]") {
  CHECK_THAT(load_error("CREATE SEQUENCE s OWNED BY missing.id;"),
             Catch::StartsWith("schema/a.sql:1:1: OWNED BY names table public.missing, which is not defined"));
  CHECK_THAT(load_error("CREATE TABLE t (id int);\nCREATE SEQUENCE s OWNED BY t.nope;"),
             Catch::StartsWith("schema/a.sql:2:1: OWNED BY names column nope, which table public.t does not have"));
  CHECK_THAT(load_error("CREATE SCHEMA x; CREATE TABLE t (id int);\nCREATE SEQUENCE x.s OWNED BY public.t.id;"),
             Catch::StartsWith("schema/a.sql:2:1: sequence x.s must be in the same schema as table public.t"));
  CHECK_THAT(load_error("ALTER SEQUENCE nope OWNED BY NONE;"),
             Catch::StartsWith("schema/a.sql:1:1: sequence public.nope is not defined before this statement"));
  CHECK_THAT(load_error("CREATE SEQUENCE s INCREMENT 0;"),
             Catch::StartsWith("schema/a.sql:1:1: INCREMENT must not be zero"));
  CHECK_THAT(load_error("CREATE SEQUENCE s AS text;"),
             Catch::StartsWith("schema/a.sql:1:1: sequence type must be smallint, integer, or bigint, not text"));
  CHECK_THAT(load_error("CREATE TABLE s (x int);\nCREATE SEQUENCE s;"),
             Catch::StartsWith("schema/a.sql:2:1: sequence public.s (the name is already taken by table public.s;"));
}

TEST_CASE("CREATE SEQUENCE IF NOT EXISTS keeps the first and ALTER … IF EXISTS skips a missing one", "[parse]") {
  const auto result = load_sql("CREATE SEQUENCE s START 5;\nCREATE SEQUENCE IF NOT EXISTS s START 9;\n"
                               "ALTER SEQUENCE IF EXISTS nope OWNED BY NONE;");
  CHECK(result.catalog.sequences.at({"public", "s"}).options.start == 5);
  CHECK(result.skipped.size() == 2);
}
