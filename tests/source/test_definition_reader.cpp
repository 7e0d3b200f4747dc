#include <catch2/catch.hpp>

#include "source/definition_reader.hpp"
#include "source/history_fixture.hpp"
#include "support/git_fixture.hpp"

using driftgate::source::DefinitionSnapshot;
using driftgate::source::GitRepository;
using driftgate::source::read_definition_at_commit;
using driftgate::source::read_definition_from_worktree;
using driftgate::test::git;
using driftgate::test::HistoryFixture;
using driftgate::test::input_error_message;
using driftgate::test::kEmailIndex;
using driftgate::test::kUsersV1;
using driftgate::test::kUsersV2;

namespace {

const std::vector<std::string> kDefaultGlobs = {"schema/**/*.sql"};

/// The snapshot's files as path → text.
std::vector<std::pair<std::string, std::string>> files_of(const DefinitionSnapshot& snapshot) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& file : snapshot.files) files.emplace_back(file.path, file.text);
  return files;
}

using Files = std::vector<std::pair<std::string, std::string>>;

/// Checks the three commits of the history fixture as read from `repository`.
void check_history(const GitRepository& repository, const HistoryFixture& history) {
  DefinitionSnapshot first = read_definition_at_commit(repository, "HEAD~2", "", kDefaultGlobs);
  CHECK(first.revision == "HEAD~2");
  CHECK(first.commit_sha == history.first);
  CHECK(files_of(first) == Files{{"schema/tables/users.sql", kUsersV1}});

  DefinitionSnapshot second = read_definition_at_commit(repository, "HEAD~1", "", kDefaultGlobs);
  CHECK(second.commit_sha == history.second);
  CHECK(files_of(second) == Files{{"schema/tables/users.sql", kUsersV2}});

  DefinitionSnapshot third = read_definition_at_commit(repository, "HEAD", "", kDefaultGlobs);
  CHECK(third.commit_sha == history.third);
  CHECK(files_of(third) == Files{{"schema/indexes/users_email.sql", kEmailIndex},
                                 {"schema/tables/users.sql", kUsersV2}});
}

}  // namespace

TEST_CASE("reading each commit of a history gives that commit's files", "[source][definition]") {
  HistoryFixture history;
  check_history(GitRepository::open(history.origin), history);
}

TEST_CASE("reading the history from a bare clone gives the same files", "[source][definition]") {
  HistoryFixture history;
  git("clone -q --bare origin bare.git", history.temp.path());
  check_history(GitRepository::open(history.temp.path() / "bare.git"), history);
}

TEST_CASE("a commit can be named by tag, short SHA or origin/main", "[source][definition]") {
  HistoryFixture history;
  git("clone -q origin clone", history.temp.path());
  GitRepository repository = GitRepository::open(history.temp.path() / "clone");
  CHECK(files_of(read_definition_at_commit(repository, "v1", "", kDefaultGlobs)) ==
        Files{{"schema/tables/users.sql", kUsersV1}});
  CHECK(read_definition_at_commit(repository, "light", "", kDefaultGlobs).commit_sha ==
        history.second);
  DefinitionSnapshot by_sha =
      read_definition_at_commit(repository, history.second.substr(0, 7), "", kDefaultGlobs);
  CHECK(by_sha.revision == history.second.substr(0, 7));
  CHECK(by_sha.commit_sha == history.second);
  CHECK(read_definition_at_commit(repository, "origin/main", "", kDefaultGlobs).files.size() == 2);
}

TEST_CASE("a shallow clone reads HEAD and refuses older commits clearly", "[source][definition]") {
  HistoryFixture history;
  git("clone -q --depth 1 file://" + history.origin.string() + " shallow", history.temp.path());
  GitRepository repository = GitRepository::open(history.temp.path() / "shallow");
  CHECK(read_definition_at_commit(repository, "HEAD", "", kDefaultGlobs).files.size() == 2);
  std::string message = input_error_message(
      [&] { read_definition_at_commit(repository, "HEAD~2", "", kDefaultGlobs); });
  CHECK_THAT(message, Catch::Contains("unknown revision 'HEAD~2'"));
  CHECK_THAT(message, Catch::Contains("shallow clone"));
  CHECK_THAT(message, Catch::Contains("fetch-depth: 0"));
}

TEST_CASE("globs are matched relative to the project directory, and only matching files are kept",
          "[source][definition]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin);
  CHECK(files_of(read_definition_at_commit(repository, "HEAD", "", {"schema/tables/*.sql"})) ==
        Files{{"schema/tables/users.sql", kUsersV2}});
  CHECK(files_of(read_definition_at_commit(repository, "HEAD", "", {"*.sql"})) ==
        Files{{"top.sql", "SELECT 2;\n"}});
  auto all = read_definition_at_commit(repository, "HEAD", "", {"**/*.sql"});
  CHECK(all.files.size() == 4);
  auto two_globs =
      read_definition_at_commit(repository, "HEAD", "", {"top.sql", "schema/indexes/"});
  CHECK(files_of(two_globs) ==
        Files{{"schema/indexes/users_email.sql", kEmailIndex}, {"top.sql", "SELECT 2;\n"}});
}

TEST_CASE("a project directory in a subfolder reads only its own files, reported relative to it",
          "[source][definition]") {
  driftgate::test::TempDir temp;
  driftgate::test::git_init(temp.path());
  temp.write("schema/root.sql", "CREATE TABLE root_table (id int);\n");
  temp.write("examples/shop/driftgate.toml", "");
  temp.write("examples/shop/schema/b.sql", "CREATE TABLE b (id int);\n");
  temp.write("examples/shop/schema/a.sql", "CREATE TABLE a (id int);\n");
  temp.write("examples/shop/other/c.sql", "CREATE TABLE c (id int);\n");
  driftgate::test::git_commit_all(temp.path(), "two projects");
  GitRepository repository = GitRepository::open(temp.path());
  auto snapshot = read_definition_at_commit(repository, "HEAD", "examples/shop", kDefaultGlobs);
  CHECK(files_of(snapshot) == Files{{"schema/a.sql", "CREATE TABLE a (id int);\n"},
                                    {"schema/b.sql", "CREATE TABLE b (id int);\n"}});
  auto worktree = read_definition_from_worktree(temp.path() / "examples" / "shop", kDefaultGlobs);
  CHECK(files_of(worktree) == files_of(snapshot));
}

TEST_CASE("files are ordered by path bytes, and non-UTF-8 content passes through",
          "[source][definition]") {
  driftgate::test::TempDir temp;
  driftgate::test::git_init(temp.path());
  const std::string latin1 = "-- caf\xe9\nCREATE TABLE t (id int);\n";
  temp.write("schema/b.sql", latin1);
  temp.write("schema/B.sql", "-- upper\n");
  temp.write("schema/a/z.sql", "-- nested\n");
  temp.write("schema/a-b.sql", "-- dash\n");
  temp.write("schema/\xc3\xa9.sql", "-- utf8 name\n");
  driftgate::test::git_commit_all(temp.path(), "ordering");
  std::vector<std::string> expected = {"schema/B.sql", "schema/a-b.sql", "schema/a/z.sql",
                                       "schema/b.sql", "schema/\xc3\xa9.sql"};
  for (const DefinitionSnapshot& snapshot :
       {read_definition_at_commit(GitRepository::open(temp.path()), "HEAD", "", kDefaultGlobs),
        read_definition_from_worktree(temp.path(), kDefaultGlobs)}) {
    INFO(snapshot.revision);
    std::vector<std::string> paths;
    for (const auto& file : snapshot.files) paths.push_back(file.path);
    CHECK(paths == expected);
    REQUIRE(snapshot.files.size() == 5);
    CHECK(snapshot.files[3].text == latin1);
  }
}

TEST_CASE("the working tree is read as it stands on disk, without .git", "[source][definition]") {
  HistoryFixture history;
  history.temp.write("origin/schema/tables/users.sql", "-- edited, not committed\n");
  history.temp.write("origin/schema/new/untracked.sql", "-- untracked\n");
  history.temp.write("origin/.git/schema/fake.sql", "-- inside .git\n");
  history.temp.write("origin/schema/.hidden/skip.sql", "-- hidden directory\n");
  DefinitionSnapshot snapshot = read_definition_from_worktree(history.origin, kDefaultGlobs);
  CHECK(snapshot.revision == "worktree");
  CHECK(snapshot.commit_sha.empty());
  CHECK(files_of(snapshot) == Files{{"schema/indexes/users_email.sql", kEmailIndex},
                                    {"schema/new/untracked.sql", "-- untracked\n"},
                                    {"schema/tables/users.sql", "-- edited, not committed\n"}});
  CHECK(read_definition_from_worktree(history.origin, {"**/*.sql"}).files.size() == 5);
}

TEST_CASE("no matching file is an input error that names the globs, the place and the fix",
          "[source][definition]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin);
  std::string message = input_error_message(
      [&] { read_definition_at_commit(repository, "HEAD~1", "", {"db/**/*.sql"}); });
  CHECK_THAT(message, Catch::StartsWith("no definition file matches db/**/*.sql in the root of " +
                                        repository.display_name() + " at HEAD~1 (" +
                                        history.second.substr(0, 12) + ")"));
  CHECK_THAT(message, Catch::EndsWith("; set [definition] paths in driftgate.toml"));
  message = input_error_message(
      [&] { read_definition_at_commit(repository, "HEAD", "examples/shop", kDefaultGlobs); });
  CHECK_THAT(message, Catch::Contains("matches schema/**/*.sql in examples/shop of "));
  message = input_error_message([&] {
    read_definition_from_worktree(history.origin / "app", {"a/*.sql", "b.sql"});
  });
  CHECK_THAT(message, Catch::StartsWith("no definition file matches a/*.sql, b.sql in " +
                                        (history.origin / "app").string() + " (working tree)"));
  CHECK_THAT(input_error_message(
                 [&] { read_definition_from_worktree(history.origin / "missing", kDefaultGlobs); }),
             Catch::Contains("does not exist"));
}

TEST_CASE("an unknown revision fails before anything is read", "[source][definition]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin);
  CHECK_THAT(input_error_message(
                 [&] { read_definition_at_commit(repository, "nope", "", kDefaultGlobs); }),
             Catch::StartsWith("unknown revision 'nope'"));
}
