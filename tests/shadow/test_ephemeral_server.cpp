// The throwaway PostgreSQL `--dev-url ephemeral` starts: it works, and it leaves no process and
// no folder behind, also when driftgate is killed while it runs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <future>
#include <iterator>
#include <set>
#include <thread>

#include "shadow/ephemeral_server.hpp"
#include "util/error.hpp"
#include "support/git_fixture.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

using namespace driftgate;
using namespace driftgate::test;

namespace {

std::set<std::string> shadow_folders() {
  std::set<std::string> folders;
  for (const auto& entry : std::filesystem::directory_iterator(shadow::scratch_root())) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("driftgate-shadow-", 0) == 0) folders.insert(entry.path().string());
  }
  return folders;
}

// Whether a postgres server process runs on the data folder under `folder`.
bool server_running(const std::string& folder) {
  auto ps = run_command({"ps", "-eo", "args"});
  return ps.out.find(folder + "/data") != std::string::npos;
}

bool gone_within(const std::string& folder, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (!std::filesystem::exists(folder) && !server_running(folder)) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

}  // namespace

TEST_CASE("a server that fails to start is an environment error with its log, and leaves nothing",
          "[shadow]") {
  // A copy of the installed server's tools whose `postgres` refuses to run as a server (it still
  // answers pg_ctl's version check and initdb's bootstrap).
  TempDir bin;
  std::filesystem::permissions(bin.path(), std::filesystem::perms::owner_all |
                                               std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                                               std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
  for (const char* tool : {"pg_ctl", "initdb"}) {
    std::filesystem::copy_file(pg_bindir() + "/" + tool, bin.path() / tool);
  }
  bin.write("postgres",
            "#!/bin/sh\n"
            "for a in \"$@\"; do [ \"$a\" = -k ] && { echo 'FATAL:  simulated start failure' >&2; exit 1; }; done\n"
            "exec " + pg_bindir() + "/postgres \"$@\"\n");
  std::filesystem::permissions(bin.path() / "postgres", std::filesystem::perms::owner_all |
                                                            std::filesystem::perms::group_exec |
                                                            std::filesystem::perms::others_read |
                                                            std::filesystem::perms::others_exec);
  setenv("DRIFTGATE_PG_BINDIR", bin.path().c_str(), 1);
  std::string message;
  ExitCode code = ExitCode::Ok;
  try {
    shadow::EphemeralServer::start(0);
  } catch (const Error& error) {
    message = error.what();
    code = error.code();
  }
  unsetenv("DRIFTGATE_PG_BINDIR");
  INFO(message);
  CHECK(code == ExitCode::Environment);
  CHECK_THAT(message, Catch::Contains("did not start"));
  CHECK_THAT(message, Catch::Contains("simulated start failure"));
  // Its folder is gone (other tests running meanwhile may have folders of their own).
  for (const auto& folder : shadow_folders()) {
    std::ifstream log(folder + "/server.log");
    const std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    CHECK(text.find("simulated start failure") == std::string::npos);
  }
}

TEST_CASE("an ephemeral server starts, answers, and leaves nothing behind", "[shadow]") {
  std::string folder;
  {
    auto server = shadow::EphemeralServer::start(0);
    folder = server->directory();
    CHECK(server_running(folder));
    auto answer = run_command({pg_bindir() + "/psql", "-X", "-At", "-d", server->url(), "-c",
                               "SELECT current_setting('server_version_num')::int / 10000"});
    INFO(answer.err);
    CHECK(answer.out == std::to_string(server->major()) + "\n");
  }
  CHECK_FALSE(std::filesystem::exists(folder));
  CHECK_FALSE(server_running(folder));
}

TEST_CASE("killed mid-run, driftgate still stops its ephemeral server and removes its folder",
          "[shadow][db]") {
  // A definition big enough that building it in the shadow takes a moment, with a view only
  // PostgreSQL can compare, so the shadow is used.
  std::string sql;
  for (int i = 0; i < 150; ++i) {
    sql += "CREATE TABLE t" + std::to_string(i) + " (id int PRIMARY KEY, a text CHECK (a <> ''), b varchar(9));\n";
  }
  sql += "CREATE VIEW v AS SELECT * FROM t0;\n";
  TempDir project;
  git_init(project.path());
  project.write("schema/schema.sql", sql);
  git_commit_all(project.path(), "definition");
  TestDatabase database;
  database.run_sql(sql);

  const auto before = shadow_folders();
  const std::string pid_file = (project.path() / "pid").string();
  std::string command = "'";
  command.append(DRIFTGATE_BINARY);
  command.append("' check --url '").append(database.url());
  command.append("' --dev-url ephemeral > /dev/null 2>&1 & echo $! > '").append(pid_file);
  command.append("'; wait");
  auto run = std::async(std::launch::async, [&] {
    return run_command({"sh", "-c", command}, project.path().string());
  });
  std::string folder;
  for (int i = 0; i < 200 && folder.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    for (const auto& candidate : shadow_folders()) {
      if (before.count(candidate) == 0 && server_running(candidate)) folder = candidate;
    }
  }
  REQUIRE_FALSE(folder.empty());
  std::string pid;
  std::ifstream(pid_file) >> pid;
  REQUIRE_FALSE(pid.empty());
  sh("kill -9 " + pid);
  run.get();
  CHECK(gone_within(folder, std::chrono::seconds(20)));
}

TEST_CASE("a throwaway server's folder a crashed machine left is removed by the next start", "[shadow]") {
  const auto leftover = shadow::scratch_root() / "driftgate-shadow-leftover-test";
  std::filesystem::create_directories(leftover / "data");
  std::ofstream(leftover / "data" / "postmaster.pid") << "999999999\n";  // no such process
  sh("touch -d '10 minutes ago' '" + leftover.string() + "'");
  { auto server = shadow::EphemeralServer::start(0); }
  CHECK_FALSE(std::filesystem::exists(leftover));
}
