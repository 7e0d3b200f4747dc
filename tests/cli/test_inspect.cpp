// `driftgate inspect` end to end: the binary run as a user runs it, on real git repositories.
#include <catch2/catch.hpp>

#include <string>

#include "model/catalog.hpp"
#include "model/catalog_json.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using namespace driftgate;
using namespace driftgate::test;

namespace {

const char* kGit = "git -c user.name=t -c user.email=t@example.invalid -c init.defaultBranch=main";

model::Catalog inspect_json(const std::vector<std::string>& args, const std::string& cwd) {
  std::vector<std::string> all = {"inspect"};
  all.insert(all.end(), args.begin(), args.end());
  all.insert(all.end(), {"--format", "json"});
  auto result = run_driftgate(all, cwd);
  INFO("stderr: " << result.err);
  REQUIRE(result.exit_code == 0);
  return model::catalog_from_json(result.out, "inspect output");
}

/// A repository with three commits: add a table, add a column, add an index.
void make_three_commit_repo(const TempDir& dir) {
  auto root = dir.path().string();
  sh(std::string(kGit) + " init -q .", root);
  dir.write("schema/users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text);\n");
  sh(std::string(kGit) + " add -A && " + kGit + " commit -qm 'add users'", root);
  dir.write("schema/users.sql",
            "CREATE TABLE users (id int PRIMARY KEY, email text, name varchar(40) NOT NULL);\n");
  sh(std::string(kGit) + " add -A && " + kGit + " commit -qm 'add name'", root);
  dir.write("schema/users_indexes.sql", "CREATE INDEX ON users (lower(email));\n");
  sh(std::string(kGit) + " add -A && " + kGit + " commit -qm 'add index'", root);
}

void check_three_commit_models(const std::string& cwd) {
  model::QualifiedName users{"public", "users"};

  auto first = inspect_json({"git:HEAD~2"}, cwd);
  REQUIRE(first.tables.count(users) == 1);
  CHECK(first.tables.at(users).columns.size() == 2);
  CHECK(first.tables.at(users).constraints.count("users_pkey") == 1);
  CHECK(first.indexes.empty());

  auto second = inspect_json({"git:HEAD~1"}, cwd);
  REQUIRE(second.tables.at(users).columns.size() == 3);
  const auto& name = second.tables.at(users).columns[2];
  CHECK(name.name == "name");
  CHECK(name.type == "character varying(40)");
  CHECK(name.not_null);
  CHECK(second.indexes.empty());

  auto third = inspect_json({"git:HEAD"}, cwd);
  CHECK(third.tables.at(users).columns.size() == 3);
  REQUIRE(third.indexes.size() == 1);
  const auto& index = third.indexes.begin()->second;
  CHECK(index.name.name == "users_lower_idx");
  CHECK(index.table == users);
  REQUIRE(index.keys.size() == 1);
  CHECK(index.keys[0].is_expression);
  CHECK(index.location.file == "schema/users_indexes.sql");
  CHECK(index.location.line == 1);
}

}  // namespace

TEST_CASE("inspect reads the definition at each of three commits", "[cli][inspect]") {
  TempDir dir;
  make_three_commit_repo(dir);
  check_three_commit_models(dir.path().string());

  SECTION("also from a bare clone, without any checkout") {
    TempDir clones;
    auto bare = (clones.path() / "bare.git").string();
    sh("git clone -q --bare " + dir.path().string() + " " + bare);
    check_three_commit_models(bare);
  }
}

TEST_CASE("inspect worktree reads uncommitted files", "[cli][inspect]") {
  TempDir dir;
  make_three_commit_repo(dir);
  dir.write("schema/zz_new.sql", "CREATE TABLE audit (at timestamptz DEFAULT now());\n");
  auto catalog = inspect_json({"worktree"}, dir.path().string());
  CHECK(catalog.tables.count({"public", "audit"}) == 1);
  auto committed = inspect_json({"git:HEAD"}, dir.path().string());
  CHECK(committed.tables.count({"public", "audit"}) == 0);
}

TEST_CASE("inspect json is a snapshot that snapshot: reads back byte for byte", "[cli][inspect]") {
  TempDir dir;
  make_three_commit_repo(dir);
  auto first = run_driftgate({"inspect", "git:HEAD", "--format", "json", "--output",
                              (dir.path() / "model.json").string()},
                             dir.path().string());
  REQUIRE(first.exit_code == 0);
  CHECK(first.out.empty());
  auto again = run_driftgate({"inspect", "git:HEAD", "--format", "json"}, dir.path().string());
  auto from_snapshot =
      run_driftgate({"inspect", "snapshot:model.json", "--format", "json"}, dir.path().string());
  REQUIRE(from_snapshot.exit_code == 0);
  CHECK(from_snapshot.out == again.out);
}

TEST_CASE("inspect reports bad input with exit code 2 and says where", "[cli][inspect]") {
  TempDir dir;
  make_three_commit_repo(dir);
  auto root = dir.path().string();

  SECTION("syntax error: file:line:column, the line, and a caret") {
    dir.write("schema/broken.sql", "-- a comment\nCREATE TABLE t (id int,, name text);\n");
    auto r = run_driftgate({"inspect", "worktree"}, root);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("schema/broken.sql:2:24: syntax error at or near \",\""));
    CHECK_THAT(r.err, Catch::Contains("CREATE TABLE t (id int,, name text);\n"
                                      "                       ^"));
    CHECK(r.out.empty());
  }
  SECTION("unknown revision") {
    auto r = run_driftgate({"inspect", "git:no-such-branch"}, root);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("no-such-branch"));
  }
  SECTION("no file matches the definition paths") {
    dir.write("driftgate.toml", "[definition]\npaths = [\"db/**/*.sql\"]\n");
    auto r = run_driftgate({"inspect", "worktree"}, root);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("db/**/*.sql"));
  }
  SECTION("an object defined twice names both places") {
    dir.write("schema/again.sql", "\n\nCREATE TABLE users (id int);\n");
    auto r = run_driftgate({"inspect", "worktree"}, root);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("schema/again.sql:3"));
    CHECK_THAT(r.err, Catch::Contains("schema/users.sql:1"));
  }
  SECTION("not a git repository") {
    TempDir plain;
    plain.write("schema/a.sql", "CREATE TABLE a (id int);\n");
    auto r = run_driftgate({"inspect", "git:HEAD"}, plain.path().string());
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("not inside a git repository"));
    auto worktree = run_driftgate({"inspect", "worktree"}, plain.path().string());
    CHECK(worktree.exit_code == 0);
  }
  SECTION("an unknown source form") {
    auto r = run_driftgate({"inspect", "gti:HEAD"}, root);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("git:REV"));
  }
}

TEST_CASE("help, version and bad flags", "[cli]") {
  auto version = run_driftgate({"--version"});
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.out, Catch::StartsWith("driftgate "));
  auto help = run_driftgate({"inspect", "--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Contains("Examples:"));
  auto bad = run_driftgate({"inspect", "worktree", "--no-such-flag"});
  CHECK(bad.exit_code == 2);
  auto none = run_driftgate({});
  CHECK(none.exit_code == 2);
}
