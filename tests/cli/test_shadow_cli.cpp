// `--dev-url`, `--offline` and the automatic throwaway shadow as a user meets them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support/git_fixture.hpp"
#include "support/json_schema.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

using namespace driftgate::test;
using nlohmann::json;

namespace {

const char* kDefinition =
    "CREATE TABLE members (id int PRIMARY KEY, kind varchar(10) CHECK (kind IN ('person', 'company')));\n"
    "CREATE VIEW people AS SELECT * FROM members WHERE kind = 'person';\n";

/// A repository holding kDefinition, and a database built from it.
struct Project {
  TempDir dir;
  TestDatabase database;
  Project() {
    git_init(dir.path());
    dir.write("schema/schema.sql", kDefinition);
    git_commit_all(dir.path(), "definition");
    database.run_sql(kDefinition);
  }
  CommandResult check(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"check", "--url", database.url(), "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_driftgate(args, dir.path().string());
  }
};

json report_of(const CommandResult& result) {
  INFO(result.out << result.err);
  const auto validation = validate_against_schema(result.out, "report.schema.json");
  INFO(validation.errors);
  CHECK(validation.valid);
  return json::parse(result.out);
}

}  // namespace

TEST_CASE("offline, what only PostgreSQL can compare is uncompared; with a shadow it is decided",
          "[cli][shadow][db]") {
  Project project;
  auto offline = project.check({"--offline"});
  CHECK(offline.exit_code == 0);
  const json offline_report = report_of(offline);
  CHECK(offline_report["counts"]["uncompared"] == 1);  // the view's `*`; the varchar CHECK is decided
  CHECK(offline_report["shadow"]["used"] == false);

  auto automatic = project.check({});
  CHECK(automatic.exit_code == 0);
  const json automatic_report = report_of(automatic);
  CHECK(automatic_report["counts"]["uncompared"] == 0);
  CHECK(automatic_report["shadow"]["used"] == true);
  CHECK(automatic_report["shadow"]["decided_equal"].size() == 1);
  CHECK(automatic_report["shadow"]["server"].get<std::string>().rfind("ephemeral PostgreSQL ", 0) == 0);

  TestDatabase dev;
  auto given = project.check({"--dev-url", dev.url()});
  CHECK(given.exit_code == 0);
  CHECK(report_of(given)["counts"]["uncompared"] == 0);

  project.database.run_sql("CREATE OR REPLACE VIEW people AS SELECT * FROM members WHERE kind = 'company';");
  auto changed = project.check({"--dev-url", dev.url()});
  CHECK(changed.exit_code == 1);
  const json changed_report = report_of(changed);
  REQUIRE(changed_report["items"].size() == 1);
  CHECK(changed_report["items"][0]["decided_by"] == "shadow");
  CHECK(changed_report["items"][0]["attribute"] == "view_definition");
}

TEST_CASE("a dev URL pointing at the target is refused: exit 2", "[cli][shadow][db]") {
  Project project;
  auto refused = project.check({"--dev-url", project.database.url()});
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err, Catch::Contains("points at the database being compared"));
}

TEST_CASE("a dev URL whose role may not create databases: exit 3 saying so", "[cli][shadow][db]") {
  Project project;
  TestDatabase dev;
  dev.run_sql(
      "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'driftgate_no_createdb') "
      "THEN CREATE ROLE driftgate_no_createdb LOGIN NOCREATEDB; END IF; END $$;");
  const std::string url = "postgresql://driftgate_no_createdb@/" + dev.name() + "?host=" +
                          std::string(std::getenv("DRIFTGATE_TEST_PGHOST")) + "&port=" +
                          std::getenv("DRIFTGATE_TEST_PGPORT");
  auto refused = project.check({"--dev-url", url});
  CHECK(refused.exit_code == 3);
  CHECK_THAT(refused.err, Catch::Contains("cannot create a shadow database"));
  CHECK_THAT(refused.err, Catch::Contains("CREATEDB"));
}

TEST_CASE("[shadow] default = \"off\" keeps what parsing cannot decide uncompared", "[cli][shadow][db]") {
  Project project;
  project.dir.write("driftgate.toml", "[shadow]\ndefault = \"off\"\n");
  git_commit_all(project.dir.path(), "no automatic shadow");
  auto off = project.check({});
  CHECK(off.exit_code == 0);
  const json report = report_of(off);
  CHECK(report["counts"]["uncompared"] == 1);
  CHECK(report["shadow"]["used"] == false);
  CHECK_THAT(report["shadow"]["note"].get<std::string>(), Catch::Contains("[shadow] default"));
  // An explicit --dev-url still decides.
  TestDatabase dev;
  CHECK(report_of(project.check({"--dev-url", dev.url()}))["counts"]["uncompared"] == 0);
}

TEST_CASE("a shadow database a crashed run left behind is dropped by the next run", "[cli][shadow][db]") {
  Project project;
  TestDatabase dev;
  dev.run_sql("CREATE DATABASE driftgate_shadow_1000_1;");  // created "in 1970": long abandoned
  CHECK(project.check({"--dev-url", dev.url()}).exit_code == 0);
  // The cluster is shared with tests running meanwhile, whose live runs have shadow databases
  // of their own: what must be gone is every one whose run (the pid in its name) has ended.
  std::istringstream names(dev.query_value(
      "SELECT string_agg(datname, ' ') FROM pg_database WHERE datname LIKE 'driftgate\\_shadow\\_%'"));
  for (std::string name; names >> name;) {
    INFO(name);
    CHECK(name != "driftgate_shadow_1000_1");
    CHECK(std::filesystem::exists("/proc/" + name.substr(name.rfind('_') + 1)));
  }
}

TEST_CASE("the shadow reads date and time literals as the target's sessions do (TimeZone, DateStyle)",
          "[cli][shadow][db]") {
  // A timestamp without a zone is an instant only in a session's TimeZone, and '03/04/2020' a
  // day only in its DateStyle: the target's sessions read them in New York and day-first, the
  // dev server's in its own defaults. The shadow must read them like the target.
  const std::string definition =
      "CREATE TABLE events (\n"
      "    id int PRIMARY KEY,\n"
      "    at timestamptz CHECK (at > '2000-01-01'),\n"
      "    day date CHECK (day <> '03/04/2020')\n"
      ");\n";
  TempDir dir;
  git_init(dir.path());
  dir.write("schema/schema.sql", definition);
  git_commit_all(dir.path(), "definition");
  TestDatabase database;
  database.run_sql("ALTER DATABASE " + database.name() +
                   " SET timezone = 'America/New_York'; ALTER DATABASE " + database.name() +
                   " SET datestyle = 'ISO, DMY';");
  database.run_sql(definition);
  REQUIRE(database.query_value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'events_day_check'")
              .find("2020-04-03") != std::string::npos);

  TestDatabase dev;
  auto run = run_driftgate({"check", "--url", database.url(), "--dev-url", dev.url(), "--format", "json"},
                           dir.path().string());
  CHECK(run.exit_code == 0);
  const json report = report_of(run);
  CHECK(report["counts"]["drift"] == 0);
  CHECK(report["shadow"]["used"] == true);
  CHECK(report["shadow"]["decided_equal"].size() == 2);
}

TEST_CASE("date and time literals a UTC target printed are decided without a shadow; a changed one is drift",
          "[cli][shadow][db]") {
  const std::string definition =
      "CREATE TABLE bookings (\n"
      "    id int PRIMARY KEY,\n"
      "    day date CHECK (day >= '2020-01-01'),\n"
      "    starts timestamp CHECK (starts > '2020-01-01 08:30'),\n"
      "    created timestamptz CHECK (created > '2000-01-01')\n"
      ");\n"
      "CREATE INDEX bookings_recent_idx ON bookings (created) WHERE created >= '2024-06-01 12:00:00';\n";
  TempDir dir;
  git_init(dir.path());
  dir.write("schema/schema.sql", definition);
  git_commit_all(dir.path(), "definition");
  TestDatabase database;
  database.run_sql("ALTER DATABASE " + database.name() + " SET timezone = 'UTC';");
  database.run_sql(definition);
  const std::vector<std::string> check = {"check", "--url", database.url(), "--format", "json", "--offline"};

  auto untouched = run_driftgate(check, dir.path().string());
  CHECK(untouched.exit_code == 0);
  const json report = report_of(untouched);
  CHECK(report["counts"]["drift"] == 0);
  CHECK(report["counts"]["uncompared"] == 0);

  database.run_sql("ALTER TABLE bookings DROP CONSTRAINT bookings_created_check, "
                   "ADD CONSTRAINT bookings_created_check CHECK (created > '2000-01-02');");
  auto changed = run_driftgate(check, dir.path().string());
  CHECK(changed.exit_code == 1);
  const json changed_report = report_of(changed);
  REQUIRE(changed_report["items"].size() == 1);
  CHECK(changed_report["items"][0]["kind"] == "changed");
  CHECK(changed_report["items"][0]["attribute"] == "check");
}
