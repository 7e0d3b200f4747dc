// Extensions appear; what they own does not; neither does alembic_version.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"

using namespace driftgate;
using namespace driftgate::test;

TEST_CASE("extensions are listed with their schema, built-in plpgsql is not", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SCHEMA ext;
    CREATE EXTENSION citext;
    CREATE EXTENSION hstore SCHEMA ext;
    COMMENT ON EXTENSION hstore IS 'key/value pairs';
  )sql");
  auto catalog = introspect_db(db);
  std::vector<std::string> names;
  for (const auto& [name, extension] : catalog.extensions) names.push_back(name);
  CHECK(names == std::vector<std::string>{"citext", "hstore"});
  CHECK(catalog.extensions.at("citext").schema == "public");
  CHECK(catalog.extensions.at("hstore").schema == "ext");
  CHECK(catalog.extensions.at("hstore").comment == "key/value pairs");
  // the comment citext's own script sets is not one the definition gives
  CHECK_FALSE(catalog.extensions.at("citext").comment);
  CHECK(catalog.extensions.at("citext").version == db.query_value("SELECT extversion FROM pg_extension WHERE extname = 'citext'"));

  // an extension follows the filter through its schema
  introspect::IntrospectOptions no_ext;
  no_ext.schemas.exclude = {"ext"};
  CHECK(introspect_db(db, no_ext).extensions.count("hstore") == 0);
}

TEST_CASE("objects an extension owns never appear", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE EXTENSION citext;
    CREATE EXTENSION hstore;
    CREATE EXTENSION pg_stat_statements;  -- owns views in public
    -- user objects handed to an extension become its members (pg_depend deptype 'e')
    CREATE TABLE public.ext_table (id serial PRIMARY KEY, v text);
    CREATE INDEX ext_table_v ON public.ext_table (v);
    CREATE SEQUENCE public.ext_seq;
    CREATE TYPE public.ext_enum AS ENUM ('a');
    CREATE VIEW public.ext_view AS SELECT 1 AS one;
    CREATE SCHEMA ext_schema;
    ALTER EXTENSION hstore ADD TABLE public.ext_table;
    ALTER EXTENSION hstore ADD SEQUENCE public.ext_table_id_seq;
    ALTER EXTENSION hstore ADD SEQUENCE public.ext_seq;
    ALTER EXTENSION hstore ADD TYPE public.ext_enum;
    ALTER EXTENSION hstore ADD VIEW public.ext_view;
    ALTER EXTENSION hstore ADD SCHEMA ext_schema;
    CREATE TABLE public.mine (id int, tag public.citext, h public.hstore);
  )sql");
  auto catalog = introspect_db(db);
  CHECK(catalog.extensions.size() == 3);
  CHECK(catalog.schemas.empty());  // not ext_schema (and initdb's public is implicit)
  CHECK(catalog.enums.empty());
  CHECK(catalog.sequences.empty());
  CHECK(catalog.views.empty());
  CHECK(catalog.indexes.empty());
  REQUIRE(catalog.tables.size() == 1);
  const auto& mine = table_in(catalog, "public", "mine");
  CHECK(column_in(mine, "tag").type == "public.citext");
  CHECK(column_in(mine, "h").type == "public.hstore");
}

TEST_CASE("the alembic_version table is left out with its constraint", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE TABLE public.alembic_version (
      version_num varchar(32) NOT NULL,
      CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
    CREATE SCHEMA meta;
    CREATE TABLE meta.alembic_version (version_num varchar(32) NOT NULL);
    CREATE TABLE public.users (id int PRIMARY KEY);
  )sql");
  auto catalog = introspect_db(db);
  REQUIRE(catalog.tables.size() == 1);
  CHECK(catalog.tables.count({"public", "users"}) == 1);
  CHECK(catalog.indexes.empty());
}
