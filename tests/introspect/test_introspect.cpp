// introspect_database as a whole: query count independent of size, environment errors,
// determinism, and the lower-level function inside a caller's transaction.
#include <catch2/catch.hpp>
#include <pqxx/pqxx>

#include "introspect/introspect.hpp"
#include "introspect/introspect_helpers.hpp"
#include "introspect/introspect_transaction.hpp"
#include "support/run_command.hpp"
#include "util/error.hpp"

using namespace driftgate;
using namespace driftgate::test;

namespace {

// `count` tables with a serial key, a default, a check, a foreign key, an index and a comment,
// plus an enum and a view every 50 tables: every query has rows to return.
std::string many_tables(int count) {
  std::string sql = "BEGIN;\nCREATE SCHEMA app;\n";
  for (int i = 0; i < count; ++i) {
    auto n = std::to_string(i);
    sql += "CREATE TABLE app.t" + n + " (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'x', " +
           "score int CHECK (score > 0), parent int" + (i > 0 ? " REFERENCES app.t0 (id)" : "") +
           ");\n";
    sql += "CREATE INDEX t" + n + "_name ON app.t" + n + " (lower(name));\n";
    sql += "COMMENT ON TABLE app.t" + n + " IS 'table " + n + "';\n";
    if (i % 50 == 0) {
      sql += "CREATE TYPE app.e" + n + " AS ENUM ('a', 'b');\n";
      sql += "CREATE VIEW app.v" + n + " AS SELECT id FROM app.t" + n + ";\n";
    }
  }
  return sql + "COMMIT;\n";
}

Error error_from(const std::string& url, const introspect::IntrospectOptions& options = {}) {
  try {
    introspect::introspect_database(url, options);
  } catch (const Error& e) {
    return e;
  }
  FAIL("introspecting " << url << " should have failed");
  return Error(ExitCode::Ok, "");
}

std::string socket_query(const TestDatabase& db) {
  auto url = db.url();
  return url.substr(url.find('?'));
}

}  // namespace

TEST_CASE("the number of queries does not grow with the number of tables", "[introspect][db]") {
  TestDatabase small_db, large_db;
  small_db.run_sql(many_tables(10));
  large_db.run_sql(many_tables(500));
  introspect::IntrospectStats small_stats, large_stats;
  auto small = introspect::introspect_database(small_db.url(), {}, small_stats);
  auto large = introspect::introspect_database(large_db.url(), {}, large_stats);
  CHECK(small.tables.size() == 10);
  CHECK(large.tables.size() == 500);
  CHECK(large.indexes.size() == 500);
  CHECK(large.sequences.size() == 500);
  CHECK(large.views.size() == 10);
  CHECK(large.tables.at({"app", "t499"}).constraints.size() == 3);
  CHECK(large.tables.at({"app", "t499"}).comment == "table 499");
  // SET statement_timeout, search_path read/set/restore, ten catalog queries
  CHECK(small_stats.queries_sent == 14);
  CHECK(large_stats.queries_sent == small_stats.queries_sent);
}

TEST_CASE("introspecting twice gives equal models", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(many_tables(60));
  db.run_sql(R"sql(
    CREATE EXTENSION btree_gist;
    CREATE TABLE app.r (id int, during tstzrange, EXCLUDE USING gist (id WITH =, during WITH &&));
    CREATE TABLE app.p (id int, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
    CREATE TABLE app.p1 PARTITION OF app.p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
  )sql");
  auto first = introspect_db(db);
  auto second = introspect_db(db);
  CHECK(first.tables.size() == 62 + 1);
  CHECK(first == second);
}

TEST_CASE("constants read the same whatever the database's DateStyle, IntervalStyle and TimeZone",
          "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE TABLE p (id int, at date, stamp timestamptz DEFAULT '2024-03-01 12:00:00+00',
                    every interval DEFAULT '1 day 02:00:00', ratio float8 DEFAULT 0.1,
                    PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2020-01-31') TO ('2021-12-01');
  )sql");
  const auto standard = introspect_db(db);
  db.run_sql("ALTER DATABASE " + db.name() +
             " SET DateStyle = 'SQL, DMY'; ALTER DATABASE " + db.name() +
             " SET IntervalStyle = 'sql_standard'; ALTER DATABASE " + db.name() +
             " SET TimeZone = 'America/New_York'; ALTER DATABASE " + db.name() +
             " SET extra_float_digits = 3;");
  const auto unusual = introspect_db(db);
  CHECK(unusual == standard);
  CHECK(table_in(standard, "public", "p1").partition_bound ==
        "FOR VALUES FROM ('2020-01-31') TO ('2021-12-01')");
}

TEST_CASE("an unreachable server is exit 3, naming host and database but not the password",
          "[introspect][db]") {
  auto uri = error_from("postgresql://driftgate:s3cret-Pa55@127.0.0.1:1/appdb");
  CHECK(uri.code() == ExitCode::Environment);
  std::string message = uri.what();
  CHECK_THAT(message, Catch::Contains("127.0.0.1"));
  CHECK_THAT(message, Catch::Contains("\"appdb\""));
  CHECK_THAT(message, Catch::Contains("port 1"));
  CHECK_THAT(message, !Catch::Contains("s3cret"));
  CHECK_THAT(message, Catch::Contains("Check that the server is running"));

  auto key_value = error_from("host=127.0.0.1 port=1 dbname=otherdb user=u password=hunter2xyz");
  CHECK(key_value.code() == ExitCode::Environment);
  CHECK_THAT(std::string(key_value.what()), Catch::Contains("\"otherdb\""));
  CHECK_THAT(std::string(key_value.what()), !Catch::Contains("hunter2xyz"));

  // libpq quotes a malformed URI back; the password must not come with it
  auto malformed = error_from("postgresql://u:pw-Secret-99@[::1/db");
  CHECK(malformed.code() == ExitCode::Environment);
  CHECK_THAT(std::string(malformed.what()), !Catch::Contains("pw-Secret-99"));
}

TEST_CASE("a database that does not exist is exit 3 with its name", "[introspect][db]") {
  TestDatabase db;
  auto error = error_from("postgresql://postgres@/no_such_database_here" + socket_query(db));
  CHECK(error.code() == ExitCode::Environment);
  CHECK_THAT(std::string(error.what()), Catch::Contains("no_such_database_here"));
  CHECK_THAT(std::string(error.what()), Catch::Contains("does not exist"));
}

TEST_CASE("a catalog read that waits too long is exit 3 with a timeout message",
          "[introspect][db]") {
  TestDatabase db;
  // a check constraint is printed with its table as context, which takes a share lock on it
  db.run_sql("CREATE TABLE public.busy (id int CHECK (id > 0));");
  pqxx::connection holder(db.url());
  pqxx::work lock(holder);
  lock.exec("LOCK TABLE public.busy IN ACCESS EXCLUSIVE MODE");  // like a running migration
  introspect::IntrospectOptions options;
  options.statement_timeout = std::chrono::milliseconds(500);
  auto error = error_from(db.url(), options);
  CHECK(error.code() == ExitCode::Environment);
  CHECK_THAT(std::string(error.what()), Catch::Contains("timed out"));
  CHECK_THAT(std::string(error.what()), Catch::Contains(db.name()));
}

TEST_CASE("introspect_transaction reads inside the caller's transaction and restores search_path",
          "[introspect][db]") {
  TestDatabase db;
  db.run_sql(many_tables(3));
  pqxx::connection conn(db.url());
  pqxx::work tx(conn);
  tx.exec("SET LOCAL search_path = app, public");
  tx.exec("CREATE TABLE app.uncommitted (id int)");  // visible only inside this transaction
  introspect::IntrospectStats stats;
  auto catalog = introspect::introspect_transaction(tx, {}, stats);
  CHECK(catalog.tables.count({"app", "uncommitted"}) == 1);
  CHECK(catalog.tables.count({"app", "t2"}) == 1);
  CHECK(stats.queries_sent == 13);  // no SET statement_timeout: timeouts are the caller's
  CHECK(tx.exec("SHOW search_path")[0][0].c_str() == std::string("app, public"));
  tx.abort();
  CHECK(introspect_db(db).tables.count({"app", "uncommitted"}) == 0);
}

TEST_CASE("a database dropped mid-run is exit 3 naming it", "[introspect][db]") {
  TestDatabase db;
  db.run_sql("CREATE TABLE public.t (id int);");
  pqxx::connection conn(db.url());
  pqxx::read_transaction tx(conn);
  auto dropped = run_command({pg_bindir() + "/psql", "-X", "-q", "-d",
                              "postgresql://postgres@/postgres" + socket_query(db), "-c",
                              "DROP DATABASE " + db.name() + " WITH (FORCE)"});
  REQUIRE(dropped.exit_code == 0);
  introspect::IntrospectStats stats;
  try {
    introspect::introspect_transaction(tx, {}, stats);
    FAIL("the database is gone; introspection should have failed");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::Environment);
    CHECK_THAT(std::string(e.what()), Catch::Contains(db.name()));
    CHECK_THAT(std::string(e.what()), Catch::Contains("dropped"));
  }
}
