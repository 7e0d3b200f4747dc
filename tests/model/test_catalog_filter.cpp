#include <catch2/catch.hpp>

#include "model/catalog_filter.hpp"
#include "parse/load_sql.hpp"

using namespace driftgate;

TEST_CASE("keep_schemas removes rejected schemas with everything in them", "[model]") {
  auto catalog = test::load_sql(
                     "CREATE SCHEMA app; CREATE SCHEMA scratch;\n"
                     "CREATE EXTENSION citext WITH SCHEMA scratch;\n"
                     "CREATE EXTENSION hstore WITH SCHEMA pg_catalog;\n"
                     "CREATE TYPE scratch.e AS ENUM ('a'); CREATE SEQUENCE scratch.s;\n"
                     "CREATE TABLE scratch.t (id int); CREATE INDEX ON scratch.t (id);\n"
                     "CREATE VIEW scratch.v AS SELECT 1 AS one;\n"
                     "CREATE TABLE app.t (id int); CREATE INDEX ON app.t (id);\n")
                     .catalog;
  model::keep_schemas(catalog, [](const std::string& schema) { return schema != "scratch"; });
  CHECK(catalog.schemas.count("app") == 1);
  CHECK(catalog.schemas.count("scratch") == 0);
  CHECK(catalog.extensions.count("citext") == 0);
  CHECK(catalog.extensions.count("hstore") == 1);
  CHECK(catalog.enums.empty());
  CHECK(catalog.sequences.empty());
  CHECK(catalog.views.empty());
  CHECK(catalog.tables.size() == 1);
  CHECK(catalog.tables.count({"app", "t"}) == 1);
  CHECK(catalog.indexes.size() == 1);
}
