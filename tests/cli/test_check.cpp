// `driftgate check` and `driftgate diff` end to end: the binary run as a user runs it, on a git
// repository holding the example project, against a real database built from it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "support/git_fixture.hpp"
#include "support/json_schema.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

using namespace driftgate::test;
using nlohmann::json;

namespace {

/// examples/shop copied into a fresh git repository with one commit.
class ShopProject {
 public:
  ShopProject() {
    std::filesystem::copy(std::filesystem::path(DRIFTGATE_SOURCE_DIR) / "examples" / "shop", dir_.path(),
                          std::filesystem::copy_options::recursive);
    git_init(dir_.path());
    sha_ = git_commit_all(dir_.path(), "shop schema");
  }
  std::string root() const { return dir_.path().string(); }
  const std::string& sha() const { return sha_; }
  const TempDir& dir() const { return dir_; }

  /// Every schema file, in path order, as one script (how a team's sync would apply it).
  std::string schema_sql() const {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir_.path() / "schema")) {
      files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::string sql;
    for (const auto& file : files) sql += sh("cat '" + file.string() + "'") + "\n";
    return sql;
  }

 private:
  TempDir dir_;
  std::string sha_;
};

CommandResult run_with_env(const std::vector<std::string>& env, std::vector<std::string> args,
                           const std::string& cwd) {
  std::vector<std::string> argv = {"env", "-u", "DATABASE_URL"};
  argv.insert(argv.end(), env.begin(), env.end());
  argv.push_back(DRIFTGATE_BINARY);
  argv.insert(argv.end(), args.begin(), args.end());
  return run_command(argv, cwd);
}

json valid_report(const std::string& text) {
  const auto validation = validate_against_schema(text, "report.schema.json");
  INFO(text.substr(0, 3000) << "\n" << validation.errors);
  CHECK(validation.valid);
  return json::parse(text);
}

}  // namespace

TEST_CASE("check passes on a database built from the project's own definition", "[cli][db]") {
  ShopProject project;
  TestDatabase database;
  database.run_sql(project.schema_sql());

  SECTION("text: no drift, exit 0") {
    auto result = run_driftgate({"check", "--url", database.url()}, project.root());
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("no drift: 0 missing, 0 unexpected, 0 changed"));
    CHECK_THAT(result.out, Catch::Contains("(commit " + project.sha() + ")"));
  }
  SECTION("the URL can come from DATABASE_URL") {
    auto result =
        run_with_env({"DATABASE_URL=" + database.url()}, {"check", "--format", "json"}, project.root());
    INFO(result.err);
    CHECK(result.exit_code == 0);
    const json report = valid_report(result.out);
    CHECK(report["format"] == "driftgate.report/1");
    CHECK(report["counts"]["missing"] == 0);
    CHECK(report["counts"]["changed"] == 0);
  }
  SECTION("the example's view on * is decided by the built-in throwaway PostgreSQL, by default") {
    auto result = run_driftgate({"check", "--url", database.url(), "--format", "json"}, project.root());
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    const json report = valid_report(result.out);
    CHECK(report["counts"]["uncompared"] == 0);
    CHECK(report["shadow"]["used"] == true);
    CHECK(report["shadow"]["decided_equal"].dump().find("bulk_order_items") != std::string::npos);

    auto offline = run_driftgate({"check", "--url", database.url(), "--offline", "--format", "json"},
                                 project.root());
    INFO(offline.out << offline.err);
    CHECK(offline.exit_code == 0);
    CHECK(valid_report(offline.out)["counts"]["uncompared"] == 1);
  }
  SECTION("diff from the worktree to the database agrees") {
    auto result = run_driftgate({"diff", "worktree", database.url()}, project.root());
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
  }
  SECTION("a live snapshot written by inspect reads back with no drift against the database") {
    auto snapshot = run_driftgate({"inspect", database.url(), "--format", "json", "--output",
                                   (project.dir().path() / "live.json").string()},
                                  project.root());
    INFO(snapshot.err);
    REQUIRE(snapshot.exit_code == 0);
    auto result = run_driftgate({"diff", "snapshot:live.json", database.url()}, project.root());
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("0 uncompared"));
  }
}

TEST_CASE("check fails with exit 1 on real drift and says what and where", "[cli][db]") {
  ShopProject project;
  TestDatabase database;
  database.run_sql(project.schema_sql());
  database.run_sql(
      "ALTER TABLE orders DROP COLUMN note;"
      "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'paid';"
      "CREATE INDEX orders_note_idx ON orders (placed_at);");

  auto text = run_driftgate({"check", "--url", database.url(), "--explain"}, project.root());
  INFO(text.out << text.err);
  CHECK(text.exit_code == 1);
  CHECK_THAT(text.out, Catch::Contains("column note missing"));
  CHECK_THAT(text.out, Catch::Contains("schema/40_orders.sql:"));
  CHECK_THAT(text.out, Catch::Contains("index public.orders_note_idx\n"));
  CHECK_THAT(text.out, Catch::Contains("'paid'::public.order_status"));
  CHECK_THAT(text.out, Catch::Contains("drift: 1 missing, 1 unexpected, 1 changed"));

  auto json_run = run_driftgate({"check", "--url", database.url(), "--format", "json"},
                                project.root());
  CHECK(json_run.exit_code == 1);
  const json report = valid_report(json_run.out);
  CHECK(report["counts"]["missing"] == 1);
  CHECK(report["counts"]["unexpected"] == 1);
  CHECK(report["counts"]["changed"] == 1);
  CHECK(report["from"]["commit"] == project.sha());

  SECTION("the same run twice gives byte-identical JSON") {
    auto again = run_driftgate({"check", "--url", database.url(), "--format", "json"},
                               project.root());
    CHECK(again.out == json_run.out);
  }
}

TEST_CASE("check without a database to check is an input error", "[cli]") {
  ShopProject project;
  auto result = run_with_env({}, {"check"}, project.root());
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("DATABASE_URL"));
  CHECK_THAT(result.err, Catch::Contains("--url"));
}

TEST_CASE("an unreachable database is exit 3, naming host and database, never the password",
          "[cli]") {
  ShopProject project;
  for (const std::string command : {"check", "diff"}) {
    const std::string url = "postgresql://app:s3cr3t-pw@127.0.0.1:1/shop_prod";
    auto result = command == "check"
                      ? run_driftgate({"check", "--url", url, "--connect-timeout", "2"}, project.root())
                      : run_driftgate({"diff", "worktree", url, "--connect-timeout", "2"}, project.root());
    INFO(command << ": " << result.out << result.err);
    CHECK(result.exit_code == 3);
    CHECK_THAT(result.err, Catch::Contains("127.0.0.1"));
    CHECK_THAT(result.err, Catch::Contains("shop_prod"));
    CHECK_THAT(result.out + result.err, !Catch::Contains("s3cr3t-pw"));
  }
}

TEST_CASE("a role that may not connect is exit 3 with the reason", "[cli][db]") {
  ShopProject project;
  TestDatabase database;
  database.run_sql(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'driftgate_no_connect') "
      "THEN CREATE ROLE driftgate_no_connect LOGIN; END IF; END $$;"
      "REVOKE CONNECT ON DATABASE " + database.name() + " FROM PUBLIC;");
  const std::string url = "postgresql://driftgate_no_connect@/" + database.name() + "?host=" +
                          std::string(std::getenv("DRIFTGATE_TEST_PGHOST")) +
                          "&port=" + std::getenv("DRIFTGATE_TEST_PGPORT");
  auto result = run_driftgate({"check", "--url", url}, project.root());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.err, Catch::Contains(database.name()));
  CHECK_THAT(result.err, Catch::Contains("permission denied"));
}

TEST_CASE("diff between two commits reports what the later one changed", "[cli]") {
  ShopProject project;
  project.dir().write("schema/50_reviews.sql",
                      "CREATE TABLE reviews (id int PRIMARY KEY, stars int CHECK (stars BETWEEN 1 AND 5));\n");
  git_commit_all(project.dir().path(), "add reviews");

  auto result = run_driftgate({"diff", "git:HEAD", "git:HEAD~1"}, project.root());
  INFO(result.out << result.err);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.out, Catch::Contains("table public.reviews\n  ✗ table missing"));
  CHECK_THAT(result.out, Catch::Contains("schema/50_reviews.sql:1:1"));
  CHECK_THAT(result.out, Catch::Contains("CREATE TABLE public.reviews"));

  auto json_run = run_driftgate({"diff", "git:HEAD~1", "git:HEAD", "--format", "json"}, project.root());
  CHECK(json_run.exit_code == 1);
  const json report = valid_report(json_run.out);
  REQUIRE(report["items"].size() == 1);
  CHECK(report["items"][0]["kind"] == "unexpected");
}

TEST_CASE("env:NAME and --env resolve a configured environment's URL variable", "[cli][db]") {
  ShopProject project;
  TestDatabase database;
  database.run_sql(project.schema_sql());
  project.dir().write("driftgate.toml", sh("cat driftgate.toml", project.root()) +
                                            "\n[environments.staging]\nurl_env = \"SHOP_STAGING_URL\"\n");
  const std::string variable = "SHOP_STAGING_URL=" + database.url();

  auto diff = run_with_env({variable}, {"diff", "worktree", "env:staging"}, project.root());
  INFO(diff.out << diff.err);
  CHECK(diff.exit_code == 0);
  CHECK_THAT(diff.out, Catch::Contains("to:   env:staging (postgresql://"));

  git_commit_all(project.dir().path(), "environments");
  auto check = run_with_env({variable}, {"check", "--env", "staging"}, project.root());
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);

  auto unset = run_with_env({}, {"diff", "worktree", "env:staging"}, project.root());
  CHECK(unset.exit_code == 2);
  CHECK_THAT(unset.err, Catch::Contains("SHOP_STAGING_URL"));
  CHECK_THAT(unset.err, Catch::Contains("is not set"));

  auto unknown = run_with_env({variable}, {"check", "--env", "prod"}, project.root());
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("env:prod: no such environment"));
  CHECK_THAT(unknown.err, Catch::Contains("known environments: staging"));
}

TEST_CASE("schema filters (--schema, --exclude-schema) narrow both sides alike", "[cli][db]") {
  ShopProject project;
  TestDatabase database;
  database.run_sql(project.schema_sql());
  database.run_sql("CREATE SCHEMA scratch; CREATE TABLE scratch.tmp (id int);");

  auto everything = run_driftgate({"check", "--url", database.url()}, project.root());
  CHECK(everything.exit_code == 1);
  CHECK_THAT(everything.out, Catch::Contains("schema scratch"));

  auto excluded = run_driftgate({"check", "--url", database.url(), "--exclude-schema", "scratch"},
                                project.root());
  INFO(excluded.out << excluded.err);
  CHECK(excluded.exit_code == 0);

  auto only_public =
      run_driftgate({"check", "--url", database.url(), "--schema", "public"}, project.root());
  INFO(only_public.out << only_public.err);
  CHECK(only_public.exit_code == 0);

  // Narrowed to a schema the definition does not use, the definition's tables are out of scope.
  auto only_scratch = run_driftgate({"diff", "worktree", database.url(), "--schema", "scratch",
                                     "--format", "json"},
                                    project.root());
  CHECK(only_scratch.exit_code == 1);
  const json report = valid_report(only_scratch.out);
  CHECK(report["counts"]["missing"] == 0);
  CHECK(report["counts"]["unexpected"] == 2);  // the schema and its table
}

TEST_CASE("a URL leaves out what libpq's PG* variables supply", "[cli][db]") {
  ShopProject project;
  TestDatabase database;
  database.run_sql(project.schema_sql());
  const std::string host = std::string("PGHOST=") + std::getenv("DRIFTGATE_TEST_PGHOST");
  const std::string port = std::string("PGPORT=") + std::getenv("DRIFTGATE_TEST_PGPORT");
  for (const std::string& url : {"dbname=" + database.name(), "postgresql:///" + database.name()}) {
    auto result = run_with_env({host, port, "PGUSER=postgres"}, {"check", "--url", url, "--offline"},
                               project.root());
    INFO(url << ": " << result.out << result.err);
    CHECK(result.exit_code == 0);
  }
}
