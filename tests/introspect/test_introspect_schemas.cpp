// Schemas: system ones left out, include/exclude filters, comments, USAGE privilege.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"
#include "util/error.hpp"

using namespace driftgate;
using namespace driftgate::test;

TEST_CASE("system schemas are left out; user schemas keep their comments", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SCHEMA app;
    COMMENT ON SCHEMA app IS 'the application';
    CREATE TEMP TABLE scratch (id int);  -- leaves pg_temp_N and pg_toast_temp_N schemas behind
    CREATE TABLE public.t (id int);
  )sql");
  REQUIRE(db.query_value("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'pg_temp%'") != "0");
  auto catalog = introspect_db(db);
  std::vector<std::string> names;
  for (const auto& [name, schema] : catalog.schemas) names.push_back(name);
  // initdb's public schema is no object of the model (a definition never creates it), but what
  // it holds is read
  CHECK(names == std::vector<std::string>{"app"});
  CHECK(catalog.schemas.at("app").comment == "the application");
  CHECK(catalog.tables.count({"public", "t"}) == 1);
}

TEST_CASE("a public schema with a comment of its own, or recreated, is a model object",
          "[introspect][db]") {
  TestDatabase commented, recreated;
  commented.run_sql("COMMENT ON SCHEMA public IS 'ours';");
  recreated.run_sql("DROP SCHEMA public; CREATE SCHEMA public;");
  auto with_comment = introspect_db(commented);
  REQUIRE(with_comment.schemas.count("public") == 1);
  CHECK(with_comment.schemas.at("public").comment == "ours");
  auto remade = introspect_db(recreated);
  REQUIRE(remade.schemas.count("public") == 1);
  CHECK_FALSE(remade.schemas.at("public").comment);
}

TEST_CASE("include and exclude schema filters", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SCHEMA a; CREATE SCHEMA b; CREATE SCHEMA c;
    CREATE TABLE a.t (id serial PRIMARY KEY);
    CREATE TABLE b.t (id serial PRIMARY KEY);
    CREATE TABLE c.t (id int);
    CREATE INDEX ON c.t (id);
    CREATE TYPE c.e AS ENUM ('x');
    CREATE VIEW c.v AS SELECT 1 AS one;
    CREATE TABLE public.t (id int);
  )sql");

  introspect::IntrospectOptions only_a_b;
  only_a_b.schemas.include = {"a", "b"};
  only_a_b.schemas.exclude = {"b"};
  auto a = introspect_db(db, only_a_b);
  CHECK(a.schemas.size() == 1);
  CHECK(a.schemas.count("a") == 1);
  CHECK(a.tables.size() == 1);
  CHECK(a.tables.count({"a", "t"}) == 1);
  CHECK(a.sequences.size() == 1);
  CHECK(a.sequences.count({"a", "t_id_seq"}) == 1);

  introspect::IntrospectOptions not_c;
  not_c.schemas.exclude = {"c"};
  auto rest = introspect_db(db, not_c);
  CHECK(rest.schemas.count("c") == 0);
  CHECK(rest.tables.size() == 3);
  CHECK(rest.enums.empty());
  CHECK(rest.views.empty());
  CHECK(rest.indexes.empty());
}

// Decision: a role without USAGE on a schema it would read is refused (exit 3) rather than the
// schema skipped, because skipping would report every object there as missing. Excluding the
// schema explicitly is the way out, and the message says so.
TEST_CASE("a role without USAGE on a schema gets a clear exit-3 error", "[introspect][db]") {
  TestDatabase db;
  const std::string role = "reader_" + db.name();
  db.run_sql("CREATE ROLE " + role +
             " LOGIN;"
             "CREATE SCHEMA secret; CREATE TABLE secret.t (id int);"
             "CREATE TABLE public.visible (id int);");
  auto url = url_as(db, role);
  try {
    introspect::introspect_database(url, {});
    FAIL("introspection should have refused");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::Environment);
    std::string message = e.what();
    CHECK_THAT(message, Catch::Contains("\"secret\""));
    CHECK_THAT(message, Catch::Contains("USAGE"));
    CHECK_THAT(message, Catch::Contains(role));
    CHECK_THAT(message, Catch::Contains(db.name()));
    CHECK_THAT(message, Catch::Contains("exclude"));
  }
  introspect::IntrospectOptions without_secret;
  without_secret.schemas.exclude = {"secret"};
  auto catalog = introspect::introspect_database(url, without_secret);
  CHECK(catalog.tables.count({"public", "visible"}) == 1);
  CHECK(catalog.tables.count({"secret", "t"}) == 0);
  db.run_sql("DROP OWNED BY " + role + "; DROP ROLE " + role + ";");
}
