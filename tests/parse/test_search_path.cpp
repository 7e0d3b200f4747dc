#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/load_sql.hpp"
#include "parse/search_path.hpp"

using namespace driftgate;
using test::load_error;
using test::load_sql;
using Names = std::vector<std::string>;

TEST_CASE("search_path strings split like PostgreSQL reads them", "[parse]") {
  CHECK(parse::parse_search_path("") == Names{});
  CHECK(parse::parse_search_path("a, B ,\"My Schema\",public") == Names{"a", "b", "My Schema", "public"});
  CHECK(parse::parse_search_path("\"say \"\"hi\"\"\", $user") == Names{"say \"hi\"", "$user"});
}

TEST_CASE("SET search_path changes where unqualified names go, for the rest of the file", "[parse]") {
  const auto result = parse::load_definition(
      {{"schema/a.sql",
        "CREATE SCHEMA app;\nCREATE SCHEMA \"Other\";\n"
        "SET search_path TO app, public;\nCREATE TABLE t (id int);\n"
        "SET search_path = \"Other\";\nCREATE TABLE t (id int);\n"
        "RESET search_path;\nCREATE TABLE t (id int);\n"
        "SET search_path TO app;\nCREATE INDEX ON t (id);\n"},
       {"schema/b.sql", "CREATE TABLE u (id int);\nCREATE INDEX ON t (id);"}},
      {});
  const auto& tables = result.catalog.tables;
  CHECK(tables.count({"app", "t"}) == 1);
  CHECK(tables.count({"Other", "t"}) == 1);
  CHECK(tables.count({"public", "t"}) == 1);
  CHECK(tables.count({"public", "u"}) == 1);  // every file starts again with the configured path
  CHECK(result.catalog.indexes.count({"app", "t_id_idx"}) == 1);
  CHECK(result.catalog.indexes.count({"public", "t_id_idx"}) == 1);
  CHECK(result.skipped.empty());
}

TEST_CASE("the configured search path is the starting point", "[parse]") {
  parse::ParseOptions options;
  options.search_path = {"$user", "app"};
  const auto result = parse::load_definition({{"a.sql", "CREATE SCHEMA app; CREATE TABLE t (id int);"}}, options);
  CHECK(result.catalog.tables.count({"app", "t"}) == 1);
}

TEST_CASE("pg_dump's empty search path requires qualified names", "[parse]") {
  const auto result = load_sql(
      "SELECT pg_catalog.set_config('search_path', '', false);\n"
      "CREATE TABLE public.t (id integer);\nCREATE INDEX i ON public.t USING btree (id);\n");
  CHECK(result.catalog.indexes.count({"public", "i"}) == 1);
  CHECK(load_error("SELECT pg_catalog.set_config('search_path', '', false);\n\nCREATE TABLE t (id int);") ==
        "schema/a.sql:3:1: no schema has been selected to create in (the search path is empty or names no "
        "defined schema); qualify the name (schema.name) or SET search_path first");
  CHECK_THAT(load_error("SET search_path TO nowhere;\nCREATE TABLE t (id int);"),
             Catch::StartsWith("schema/a.sql:2:1: no schema has been selected to create in"));
  CHECK_THAT(load_error("SET search_path = '';\nCREATE TABLE public.t (c status);"),
             Catch::StartsWith("schema/a.sql:2:1: type status cannot be found: the search path is empty"));
}
