// `driftgate plan` and `driftgate apply` end to end against a real PostgreSQL: the binary run
// as a deploy job runs it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <future>
#include <thread>

#include <nlohmann/json.hpp>

#include "apply/sync_project.hpp"
#include "parse/statement_splitter.hpp"
#include "support/json_schema.hpp"

using namespace driftgate::test;
using nlohmann::json;

namespace {

std::string shop_sql() {
  std::vector<std::filesystem::path> files;
  const auto dir = std::filesystem::path(DRIFTGATE_SOURCE_DIR) / "examples" / "shop" / "schema";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::string sql;
  for (const auto& file : files) sql += sh("cat '" + file.string() + "'") + "\n";
  return sql;
}

json valid_plan(const std::string& text) {
  const auto validation = validate_against_schema(text, "plan.schema.json");
  INFO(text.substr(0, 3000) << "\n" << validation.errors);
  CHECK(validation.valid);
  return json::parse(text);
}

void expect_no_drift(const SyncProject& project, const TestDatabase& database) {
  auto check = project.run({"check"}, database);
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
}

/// Runs `query` every 100 ms until it returns `wanted` or `tries` runs are done; the last value.
std::string poll_value(const TestDatabase& database, const std::string& query, const std::string& wanted,
                       int tries) {
  std::string value;
  for (int i = 0; i < tries && value != wanted; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    value = database.query_value(query);
  }
  return value;
}

}  // namespace

TEST_CASE("apply builds the example from empty; check passes; a second apply does nothing",
          "[apply][db]") {
  SyncProject project(shop_sql());
  TestDatabase database;

  auto plan = project.run({"plan", "--format", "json"}, database);
  INFO(plan.err);
  CHECK(plan.exit_code == 1);
  const json planned = valid_plan(plan.out);
  CHECK(planned["counts"]["to_run"] > 10);
  CHECK(planned["counts"]["skipped"] == 0);

  auto first = project.run({"apply"}, database);
  INFO(first.out << first.err);
  REQUIRE(first.exit_code == 0);
  CHECK_THAT(first.out, Catch::Contains("verified: the drift they addressed is gone"));
  expect_no_drift(project, database);

  auto second = project.run({"apply", "--format", "json"}, database);
  INFO(second.err);
  CHECK(second.exit_code == 0);
  const json applied = valid_plan(second.out);
  CHECK(applied["applied"]["statements_run"] == 0);
  CHECK(applied["steps"].empty());

  auto replan = project.run({"plan"}, database);
  CHECK(replan.exit_code == 0);
  CHECK_THAT(replan.out, Catch::Contains("nothing to do"));
}

TEST_CASE("from every prefix of the definition, apply completes the same database", "[apply][db]") {
  const std::string sql = shop_sql();
  SyncProject project(sql);
  TestDatabase reference;
  REQUIRE(project.run({"apply"}, reference).exit_code == 0);
  const std::string expected = schema_state(reference);

  const auto split = driftgate::parse::split_statements(sql);
  // The view and the comments come last; stepping by two keeps the test quick and still
  // covers every kind of statement as the last one present.
  for (std::size_t count = 1; count < split.statements.size(); count += 2) {
    DYNAMIC_SECTION("first " << count << " statements") {
      TestDatabase database;
      database.run_sql(sql.substr(0, split.statements[count - 1].end));
      auto applied = project.run({"apply"}, database);
      INFO(applied.out << applied.err);
      REQUIRE(applied.exit_code == 0);
      CHECK(schema_state(database) == expected);
    }
  }
}

TEST_CASE("a plan's script is guarded: it runs twice, and after apply, without error",
          "[apply][db]") {
  SyncProject project(shop_sql());
  TestDatabase database;
  auto script = project.run({"plan", "--format", "sql"}, database);
  REQUIRE(script.exit_code == 1);
  CHECK_THAT(script.out, Catch::StartsWith("-- driftgate plan of commit"));
  database.run_sql(script.out);
  database.run_sql(script.out);
  expect_no_drift(project, database);
}

TEST_CASE("names that need quoting survive plan and apply", "[apply][db]") {
  SyncProject project(
      "CREATE SCHEMA \"Sales Dept\";\n"
      "CREATE TYPE \"Sales Dept\".\"Order State\" AS ENUM ('new', 'it''s done', 'größer');\n"
      "CREATE TABLE \"Sales Dept\".\"Order\" (\n"
      "  \"select\" int PRIMARY KEY,\n"
      "  \"Mixed\"\"Quote\" text DEFAULT 'a''b',\n"
      "  \"user\" \"Sales Dept\".\"Order State\" NOT NULL DEFAULT 'new',\n"
      "  größe numeric(10, 2) CHECK (größe >= 0)\n"
      ");\n"
      "CREATE TABLE \"Sales Dept\".\"Line\" (\n"
      "  id int PRIMARY KEY,\n"
      "  \"order\" int REFERENCES \"Sales Dept\".\"Order\" (\"select\") ON DELETE CASCADE\n"
      ");\n"
      "CREATE INDEX \"Line Order Idx\" ON \"Sales Dept\".\"Line\" (\"order\" DESC);\n"
      "CREATE VIEW \"Sales Dept\".\"Big Orders\" AS SELECT o.\"select\" FROM \"Sales Dept\".\"Order\" o;\n"
      "COMMENT ON TABLE \"Sales Dept\".\"Order\" IS 'it''s an order';\n");
  TestDatabase database;
  auto applied = project.run({"apply"}, database);
  INFO(applied.out << applied.err);
  REQUIRE(applied.exit_code == 0);
  expect_no_drift(project, database);
  CHECK(project.run({"apply"}, database).exit_code == 0);
}

TEST_CASE("alter and drop steps run only when --allow names their class", "[apply][db]") {
  const std::string sql =
      "CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT 1, v varchar(10));\n"
      "CREATE TABLE u (id int);\n";
  SyncProject project(sql);
  TestDatabase database;
  database.run_sql(sql +
                   "ALTER TABLE t ALTER COLUMN n SET DEFAULT 2;"
                   "CREATE INDEX t_extra ON t (n);"
                   "DROP TABLE u;");

  auto plan = project.run({"plan"}, database);
  INFO(plan.out);
  CHECK(plan.exit_code == 1);
  CHECK_THAT(plan.out, Catch::Contains("skipped (needs --allow alter): changed column public.t.n (default)"));
  CHECK_THAT(plan.out, Catch::Contains("skipped (needs --allow drop): unexpected index public.t_extra"));
  CHECK_THAT(plan.out, Catch::Contains("create: missing table public.u"));

  auto additive = project.run({"apply", "--format", "json"}, database);
  INFO(additive.err);
  CHECK(additive.exit_code == 0);
  const json first = valid_plan(additive.out);
  CHECK(first["counts"]["skipped"] == 2);
  CHECK(first["applied"]["statements_run"] == 1);
  CHECK(project.run({"check"}, database).exit_code == 1);  // the skipped drift remains

  auto alter_only = project.run({"apply", "--allow", "alter"}, database);
  CHECK(alter_only.exit_code == 0);
  CHECK(project.run({"check"}, database).exit_code == 1);  // the index is still there

  auto everything = project.run({"apply", "--allow", "alter,drop"}, database);
  INFO(everything.out << everything.err);
  CHECK(everything.exit_code == 0);
  expect_no_drift(project, database);
}

TEST_CASE("a statement that fails rolls everything back: exit 4 naming it", "[apply][db]") {
  const std::string base = "CREATE TABLE t (id int PRIMARY KEY, n int);\n";
  SyncProject project(base +
                      "CREATE TABLE added (id int);\n"
                      "ALTER TABLE t ADD CONSTRAINT t_n_positive CHECK (n > 0);\n");
  TestDatabase database;
  database.run_sql(base + "INSERT INTO t VALUES (1, -5);");
  const std::string before = schema_state(database);

  auto applied = project.run({"apply"}, database);
  INFO(applied.out << applied.err);
  CHECK(applied.exit_code == 4);
  CHECK_THAT(applied.err, Catch::Contains("t_n_positive"));
  CHECK_THAT(applied.err, Catch::Contains("is violated by some row"));
  CHECK_THAT(applied.err, Catch::Contains("Nothing was applied"));
  CHECK(schema_state(database) == before);
}

TEST_CASE("hazards on tables with rows are found before anything runs", "[apply][db]") {
  TestDatabase database;
  database.run_sql(
      "CREATE TABLE t (id int, code text, note text, big_id int);"
      "INSERT INTO t SELECT g, 'c' || (g % 10), CASE WHEN g = 3 THEN NULL ELSE 'x' END, g "
      "FROM generate_series(1, 120000) g;"
      "CREATE TABLE parent (id int PRIMARY KEY);"
      "ANALYZE t;");
  const std::string before = schema_state(database);

  SECTION("a NOT NULL column without a default would fail: refused") {
    SyncProject project(
        "CREATE TABLE t (id int, code text, note text, big_id int, added int NOT NULL);\n"
        "CREATE TABLE parent (id int PRIMARY KEY);\n");
    auto plan = project.run({"plan", "--format", "json"}, database);
    const json planned = valid_plan(plan.out);
    REQUIRE(planned["steps"].size() == 1);
    const json& hazard = planned["steps"][0]["hazards"][0];
    CHECK(hazard["code"] == "not_null_without_default");
    CHECK(hazard["blocks"] == true);
    CHECK(hazard["estimated_rows"] == 120000);
    auto applied = project.run({"apply"}, database);
    CHECK(applied.exit_code == 4);
    CHECK_THAT(applied.err, Catch::Contains("refused"));
    CHECK_THAT(applied.err, Catch::Contains("without a default fails: the table has rows"));
    CHECK(schema_state(database) == before);
  }
  SECTION("SET NOT NULL on a column holding NULLs would fail") {
    SyncProject project(
        "CREATE TABLE t (id int, code text, note text NOT NULL, big_id int);\n"
        "CREATE TABLE parent (id int PRIMARY KEY);\n");
    auto plan = project.run({"plan", "--allow", "alter", "--format", "json"}, database);
    const json planned = valid_plan(plan.out);
    REQUIRE(planned["steps"].size() == 1);
    CHECK(planned["steps"][0]["hazards"][0]["code"] == "nulls_present");
    CHECK(project.run({"apply", "--allow", "alter"}, database).exit_code == 4);
    CHECK(schema_state(database) == before);
  }
  SECTION("a type change that rewrites the table is a warning; a widening is not") {
    SyncProject project(
        "CREATE TABLE t (id bigint, code varchar(20), note text, big_id int);\n"
        "CREATE TABLE parent (id int PRIMARY KEY);\n");
    auto plan = project.run({"plan", "--allow", "alter", "--format", "json"}, database);
    const json planned = valid_plan(plan.out);
    int rewrites = 0;
    for (const auto& step : planned["steps"]) {
      for (const auto& hazard : step["hazards"]) rewrites += hazard["code"] == "type_change_rewrites";
    }
    CHECK(rewrites == 2);  // int → bigint, and text → varchar(20) (every value is checked)

    TestDatabase widening;
    widening.run_sql("CREATE TABLE w (v varchar(10), n numeric(8, 2), s varchar(5));");
    SyncProject widened("CREATE TABLE w (v varchar(20), n numeric, s text);\n");
    auto no_rewrite = widened.run({"plan", "--allow", "alter", "--format", "json"}, widening);
    const json widen_plan = valid_plan(no_rewrite.out);
    CHECK(widen_plan["steps"].size() == 3);
    CHECK(widen_plan["counts"]["hazards"] == 0);
  }
  SECTION("a unique index on duplicate values would fail; a big index build blocks writes") {
    SyncProject project(
        "CREATE TABLE t (id int, code text, note text, big_id int);\n"
        "CREATE TABLE parent (id int PRIMARY KEY);\n"
        "CREATE UNIQUE INDEX t_code_key ON t (code);\n"
        "CREATE INDEX t_id_idx ON t (id);\n");
    auto plan = project.run({"plan", "--format", "json"}, database);
    const json planned = valid_plan(plan.out);
    std::vector<std::string> codes;
    for (const auto& step : planned["steps"]) {
      for (const auto& hazard : step["hazards"]) codes.push_back(hazard["code"]);
    }
    CHECK(std::count(codes.begin(), codes.end(), "duplicates") == 1);
    CHECK(std::count(codes.begin(), codes.end(), "index_blocks_writes") == 2);
    auto concurrent = project.run({"plan", "--concurrent-indexes", "--format", "json"}, database);
    CHECK_THAT(concurrent.out, !Catch::Contains("index_blocks_writes"));
  }
  SECTION("a foreign key or CHECK scanning a big table suggests NOT VALID") {
    SyncProject project(
        "CREATE TABLE t (id int, code text, note text, big_id int,\n"
        "  CONSTRAINT t_id_check CHECK (id > 0));\n"
        "CREATE TABLE parent (id int PRIMARY KEY);\n");
    auto plan = project.run({"plan", "--format", "json"}, database);
    const json planned = valid_plan(plan.out);
    REQUIRE(planned["steps"].size() == 1);
    CHECK(planned["steps"][0]["hazards"][0]["code"] == "validation_scans_table");
    CHECK(planned["steps"][0]["lock"] == "ACCESS EXCLUSIVE");
  }
}

TEST_CASE("a reviewed plan is applied only while the database is unchanged", "[apply][db]") {
  SyncProject project("CREATE TABLE t (id int PRIMARY KEY);\nCREATE TABLE u (id int);\n");
  TestDatabase database;
  database.run_sql("CREATE TABLE t (id int PRIMARY KEY);");
  const std::string plan_file = project.root() + "/plan.json";
  REQUIRE(project.run({"plan", "--out", plan_file}, database).exit_code == 1);
  valid_plan(sh("cat '" + plan_file + "'"));

  SECTION("unchanged: applied") {
    auto applied = run_driftgate({"apply", "--plan", plan_file, "--url", database.url()}, project.root());
    INFO(applied.out << applied.err);
    CHECK(applied.exit_code == 0);
    expect_no_drift(project, database);
  }
  SECTION("changed since: refused, nothing applied") {
    database.run_sql("ALTER TABLE t ADD COLUMN extra int;");
    const std::string before = schema_state(database);
    auto applied = run_driftgate({"apply", "--plan", plan_file, "--url", database.url()}, project.root());
    CHECK(applied.exit_code == 4);
    CHECK_THAT(applied.err, Catch::Contains("the database changed since this plan was made"));
    CHECK(schema_state(database) == before);
  }
  SECTION("--require-plan refuses to run without one") {
    auto applied = project.run({"apply", "--require-plan"}, database);
    CHECK(applied.exit_code == 2);
    CHECK_THAT(applied.err, Catch::Contains("--plan"));
  }
  SECTION("a file that is not a plan is an input error") {
    auto applied = run_driftgate({"apply", "--plan", project.root() + "/schema/schema.sql", "--url",
                                  database.url()},
                                 project.root());
    CHECK(applied.exit_code == 2);
    CHECK_THAT(applied.err, Catch::Contains("not a plan file"));
  }
}

TEST_CASE("two applies never run at once", "[apply][db]") {
  SyncProject project(shop_sql());
  TestDatabase database;

  SECTION("started together: one applies, the other then finds nothing to do") {
    auto first = std::async(std::launch::async, [&] { return project.run({"apply", "--format", "json"}, database); });
    auto second = std::async(std::launch::async, [&] { return project.run({"apply", "--format", "json"}, database); });
    const auto a = first.get();
    const auto b = second.get();
    INFO(a.err << b.err);
    REQUIRE(a.exit_code == 0);
    REQUIRE(b.exit_code == 0);
    const int ran_a = json::parse(a.out)["applied"]["statements_run"];
    const int ran_b = json::parse(b.out)["applied"]["statements_run"];
    CHECK(std::min(ran_a, ran_b) == 0);
    CHECK(std::max(ran_a, ran_b) > 10);
    expect_no_drift(project, database);
  }
  SECTION("with --lock-wait 0, the second exits 4 at once") {
    // Hold driftgate's advisory lock from another session, as a running apply would.
    auto holder = std::async(std::launch::async, [&] {
      return run_command({pg_bindir() + "/psql", "-X", "-q", "-d", database.url(), "-c",
                          "SELECT pg_advisory_lock(" + std::to_string(0x6472696674676174LL) +
                              "); SELECT pg_sleep(120);"});
    });
    const std::string held = poll_value(
        database,
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = "
        "(SELECT oid FROM pg_database WHERE datname = current_database())",
        "1", 300);
    REQUIRE(held == "1");
    auto applied = project.run({"apply", "--lock-wait", "0"}, database);
    database.query_value(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE "
        "'%pg_sleep(120)%' AND pid <> pg_backend_pid() AND datname = current_database()");
    holder.get();
    CHECK(applied.exit_code == 4);
    CHECK_THAT(applied.err, Catch::Contains("another driftgate apply is running"));
  }
}

TEST_CASE("a backend terminated mid-apply leaves the database as it was: exit 4", "[apply][db]") {
  const std::string base =
      "CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE c (id int);\n";
  SyncProject project(
      "CREATE TABLE a (id int, x int); CREATE TABLE b (id int, x int); CREATE TABLE c (id int, x int);\n"
      "CREATE TABLE d (id int);\n");
  for (const std::string table : {"b", "c"}) {
    DYNAMIC_SECTION("terminated while adding a column to " << table) {
      TestDatabase database;
      database.run_sql(base);
      const std::string before = schema_state(database);
      // Another session holds a lock on the table, so apply waits at that step; it is then
      // terminated from a third session. The holder waits until the test ends it (no Catch
      // assertion runs in the other threads).
      auto holder = std::async(std::launch::async, [&] {
        return run_command({pg_bindir() + "/psql", "-X", "-q", "-d", database.url(), "-c",
                            "BEGIN; LOCK TABLE " + table +
                                " IN ACCESS SHARE MODE; SELECT pg_sleep(120); COMMIT;"});
      });
      // apply starts only once the lock is held: started together, a busy machine may let
      // apply alter the table first, and there is then nothing to terminate.
      const std::string held = poll_value(
          database,
          "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.granted AND "
          "l.mode = 'AccessShareLock' AND c.relname = '" + table + "' AND l.pid <> pg_backend_pid()",
          "1", 300);
      REQUIRE(held == "1");
      auto applied = std::async(std::launch::async, [&] { return project.run({"apply"}, database); });
      const std::string terminated = poll_value(
          database,
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
          "'driftgate' AND wait_event_type = 'Lock' AND datname = current_database()",
          "t", 600);
      database.query_value(
          "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE "
          "'%pg_sleep(120)%' AND pid <> pg_backend_pid() AND datname = current_database()");
      REQUIRE(terminated == "t");
      const auto result = applied.get();
      holder.get();
      INFO(result.out << result.err);
      CHECK(result.exit_code == 4);
      CHECK_THAT(result.err, Catch::Contains("ADD COLUMN IF NOT EXISTS x"));
      CHECK(schema_state(database) == before);
    }
  }
}

TEST_CASE("concurrent index builds run after the commit; an INVALID index is rebuilt", "[apply][db]") {
  const std::string base = "CREATE TABLE t (id int, code text);\n";
  SyncProject project(base + "CREATE UNIQUE INDEX t_code_key ON t (code);\n");
  TestDatabase database;
  database.run_sql(base + "INSERT INTO t VALUES (1, 'a'), (2, 'a');");
  // A concurrent build on duplicate data fails and leaves the index INVALID.
  auto failed = run_command({pg_bindir() + "/psql", "-X", "-q", "-d", database.url(), "-c",
                             "CREATE UNIQUE INDEX CONCURRENTLY t_code_key ON t (code)"});
  REQUIRE(failed.exit_code != 0);
  REQUIRE(database.query_value("SELECT count(*) FROM pg_index WHERE NOT indisvalid") == "1");

  auto check = project.run({"check"}, database);
  CHECK(check.exit_code == 1);  // an INVALID index is not there
  CHECK_THAT(check.out, Catch::Contains("index missing"));

  auto plan = project.run({"plan", "--concurrent-indexes"}, database);
  CHECK_THAT(plan.out, Catch::Contains("would fail"));
  CHECK_THAT(plan.out, Catch::Contains("INVALID index public.t_code_key"));

  database.run_sql("DELETE FROM t WHERE id = 2;");
  auto applied = project.run({"apply", "--concurrent-indexes", "--format", "json"}, database);
  INFO(applied.out << applied.err);
  REQUIRE(applied.exit_code == 0);
  const json result = valid_plan(applied.out);
  CHECK(result["applied"]["indexes_built_concurrently"] == 1);
  CHECK(result["applied"]["invalid_indexes_rebuilt"] == json::array({"public.t_code_key"}));
  CHECK(result["steps"][0]["concurrent"] == true);
  CHECK(result["steps"][0]["lock"] == "SHARE UPDATE EXCLUSIVE");
  expect_no_drift(project, database);
}

TEST_CASE("enum labels are added in their place, and again safely", "[apply][db]") {
  SyncProject project("CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'ecstatic');\n"
                      "CREATE TABLE t (m mood);\n");
  TestDatabase database;
  database.run_sql("CREATE TYPE mood AS ENUM ('ok', 'ecstatic'); CREATE TABLE t (m mood);");
  auto script = project.run({"plan", "--format", "sql"}, database);
  CHECK_THAT(script.out, Catch::Contains("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'sad' BEFORE 'ok';"));
  CHECK_THAT(script.out, Catch::Contains("ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok';"));
  auto applied = project.run({"apply"}, database);
  INFO(applied.out << applied.err);
  REQUIRE(applied.exit_code == 0);
  CHECK(database.query_value("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum") ==
        "sad,ok,happy,ecstatic");
  expect_no_drift(project, database);
  database.run_sql(script.out);  // the guarded script runs again without error
}
