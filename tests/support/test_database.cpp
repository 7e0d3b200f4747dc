#include "support/test_database.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <string>

#include <catch2/catch.hpp>

#include "support/run_command.hpp"

namespace driftgate::test {

namespace {

std::string required_env(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') {
    FAIL(name << " is not set: tests that need PostgreSQL run on the throwaway cluster that "
                 "ci/test.sh starts. Run the tests with ci/test.sh (or start a cluster with "
                 "`eval \"$(ci/pg-cluster.sh start DIR)\"`).");
  }
  return value;
}

std::string host() { return required_env("DRIFTGATE_TEST_PGHOST"); }
std::string port() { return required_env("DRIFTGATE_TEST_PGPORT"); }

std::string admin_url(const std::string& database) {
  return "postgresql://postgres@/" + database + "?host=" + host() + "&port=" + port();
}

CommandResult psql(const std::string& database, const std::vector<std::string>& extra,
                   const std::string& input = "") {
  std::vector<std::string> argv{pg_bindir() + "/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                                "-d", admin_url(database)};
  argv.insert(argv.end(), extra.begin(), extra.end());
  return run_command(argv, "", input);
}

}  // namespace

std::string pg_bindir() { return required_env("DRIFTGATE_TEST_PG_BINDIR"); }

TestDatabase::TestDatabase() {
  static std::atomic<int> counter{0};
  name_ = "dg_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  auto result = psql("postgres", {"-c", "CREATE DATABASE " + name_});
  INFO("psql: " << result.err);
  REQUIRE(result.exit_code == 0);
}

TestDatabase::~TestDatabase() {
  psql("postgres", {"-c", "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"});
}

std::string TestDatabase::url() const { return admin_url(name_); }

void TestDatabase::run_sql(const std::string& sql) const {
  auto result = psql(name_, {"-f", "-"}, sql);
  INFO("SQL did not apply:\n" << sql.substr(0, 4000) << "\npsql said: " << result.err);
  REQUIRE(result.exit_code == 0);
  REQUIRE(result.err.find("ERROR") == std::string::npos);
}

std::string TestDatabase::query_value(const std::string& query) const {
  auto result = psql(name_, {"-At", "-c", query});
  INFO("query failed: " << query << "\npsql said: " << result.err);
  REQUIRE(result.exit_code == 0);
  auto out = result.out;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  auto newline = out.find('\n');
  return newline == std::string::npos ? out : out.substr(0, newline);
}

}  // namespace driftgate::test
