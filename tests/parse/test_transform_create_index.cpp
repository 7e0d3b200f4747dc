#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/load_sql.hpp"

using namespace driftgate;
using test::load_error;
using test::load_sql;

TEST_CASE("CREATE INDEX records method, keys, INCLUDE, NULLS NOT DISTINCT and predicate", "[parse]") {
  const auto result = load_sql(
      "CREATE TABLE t (a int, b text COLLATE \"C\", c text, d jsonb);\n"
      "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_special ON ONLY t USING btree\n"
      "  (a DESC, lower(c) NULLS FIRST, b COLLATE \"C\", c COLLATE \"en_US\" text_pattern_ops ASC NULLS LAST)\n"
      "  INCLUDE (d) NULLS NOT DISTINCT WHERE a > 0;\n"
      "CREATE INDEX ON t USING gin (d jsonb_path_ops);\n");
  const model::Index& index = result.catalog.indexes.at({"public", "t_special"});
  CHECK(index.table == model::QualifiedName{"public", "t"});
  CHECK(index.unique);
  CHECK(index.nulls_not_distinct);
  CHECK(index.method == "btree");
  CHECK(index.include == std::vector<std::string>{"d"});
  CHECK(index.predicate == "a > 0");
  CHECK(index.location.line == 2);
  REQUIRE(index.keys.size() == 4);
  CHECK(index.keys[0].element == "a");
  CHECK(index.keys[0].descending);
  CHECK(index.keys[0].nulls_first);  // DESC defaults to NULLS FIRST
  CHECK(index.keys[1].element == "lower(c)");
  CHECK(index.keys[1].is_expression);
  CHECK(index.keys[1].nulls_first);
  CHECK_FALSE(index.keys[2].collation.has_value());  // the column's own collation
  CHECK(index.keys[3].collation == "\"en_US\"");
  CHECK(index.keys[3].opclass == "text_pattern_ops");
  CHECK_FALSE(index.keys[3].nulls_first);
  const model::Index& gin = result.catalog.indexes.at({"public", "t_d_idx"});
  CHECK(gin.method == "gin");
  CHECK(gin.keys[0].opclass == "jsonb_path_ops");
}

TEST_CASE("an extension's operator class resolves through the search path, as introspection reads it",
          "[parse]") {
  const auto result = load_sql(
      "CREATE EXTENSION pg_trgm;\n"
      "CREATE SCHEMA app;\n"
      "CREATE TABLE t (a text);\n"
      "CREATE INDEX t_trgm ON t USING gin (a gin_trgm_ops);\n"
      "CREATE INDEX t_pattern ON t (a text_pattern_ops);\n"
      "CREATE INDEX t_qualified ON t USING gist (a app.gist_trgm_ops);\n"
      "SET search_path = app, public;\n"
      "CREATE TABLE app.u (a text);\n"
      "CREATE INDEX u_trgm ON app.u USING gin (a gin_trgm_ops);\n");
  CHECK(result.catalog.indexes.at({"public", "t_trgm"}).keys[0].opclass == "public.gin_trgm_ops");
  CHECK(result.catalog.indexes.at({"public", "t_pattern"}).keys[0].opclass == "text_pattern_ops");
  CHECK(result.catalog.indexes.at({"public", "t_qualified"}).keys[0].opclass == "app.gist_trgm_ops");
  CHECK(result.catalog.indexes.at({"app", "u_trgm"}).keys[0].opclass == "app.gin_trgm_ops");
}

TEST_CASE("indexes live in their table's schema and names are checked", "[parse]") {
  const auto result = load_sql("CREATE SCHEMA s;\nCREATE TABLE s.t (a int);\nSET search_path TO s;\n"
                               "CREATE INDEX t_a ON t (a);\nCREATE INDEX IF NOT EXISTS t_a ON t (a);");
  CHECK(result.catalog.indexes.count({"s", "t_a"}) == 1);
  CHECK(result.skipped.size() == 1);
  CHECK_THAT(load_error("CREATE TABLE t (a int);\nCREATE INDEX t ON t (a);"),
             Catch::StartsWith("schema/a.sql:2:1: index public.t (the name is already taken by table public.t;"));
  CHECK_THAT(load_error("CREATE INDEX ON nope (a);"),
             Catch::StartsWith("schema/a.sql:1:1: CREATE INDEX on public.nope, which is not a table or materialized view"));
}

TEST_CASE("materialized views can be indexed", "[parse]") {
  const auto result = load_sql("CREATE MATERIALIZED VIEW mv AS SELECT 1 AS one;\nCREATE UNIQUE INDEX ON mv (one);");
  CHECK(result.catalog.indexes.at({"public", "mv_one_idx"}).table == model::QualifiedName{"public", "mv"});
}
