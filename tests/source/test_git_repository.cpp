#include <catch2/catch.hpp>

#include "source/git_repository.hpp"
#include "source/history_fixture.hpp"
#include "support/git_fixture.hpp"

using driftgate::source::GitRepository;
using driftgate::source::TreeBlob;
using driftgate::test::git;
using driftgate::test::HistoryFixture;
using driftgate::test::input_error_message;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> paths_of(const std::vector<TreeBlob>& blobs) {
  std::vector<std::string> paths;
  for (const TreeBlob& blob : blobs) paths.push_back(blob.path);
  return paths;
}

bool same_directory(const fs::path& a, const fs::path& b) { return fs::equivalent(a, b); }

}  // namespace

TEST_CASE("open finds the repository from any folder inside it", "[source][git]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin / "schema" / "tables");
  CHECK(same_directory(repository.workdir(), history.origin));
  CHECK(same_directory(repository.git_dir(), history.origin / ".git"));
  CHECK(repository.display_name() == repository.workdir().string());
  CHECK_FALSE(repository.is_shallow());
}

TEST_CASE("open outside any repository says what to do instead", "[source][git]") {
  driftgate::test::TempDir outside;
  std::string message = input_error_message([&] { GitRepository::open(outside.path()); });
  CHECK_THAT(message,
             Catch::StartsWith(outside.path().string() + " is not inside a git repository"));
  CHECK_THAT(message, Catch::Contains("use `worktree`"));
  CHECK_FALSE(GitRepository::discover(outside.path()).has_value());
}

TEST_CASE("resolve accepts what git accepts and returns full commit SHAs", "[source][git]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin);
  CHECK(repository.resolve("HEAD") == history.third);
  CHECK(repository.resolve("HEAD~1") == history.second);
  CHECK(repository.resolve("HEAD~2") == history.first);
  CHECK(repository.resolve("HEAD^^") == history.first);
  CHECK(repository.resolve("main") == history.third);
  CHECK(repository.resolve("v1") == history.first);      // annotated tag, peeled to its commit
  CHECK(repository.resolve("light") == history.second);  // lightweight tag
  CHECK(repository.resolve(history.second.substr(0, 8)) == history.second);
  CHECK(repository.resolve(history.first) == history.first);
  CHECK(repository.resolve("refs/heads/main") == history.third);
  CHECK(repository.resolve("HEAD").size() == 40);
}

TEST_CASE("resolve of an unknown revision names it and the repository and says how to fix it",
          "[source][git]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin);
  std::string message = input_error_message([&] { repository.resolve("no-such-branch"); });
  CHECK_THAT(message, Catch::StartsWith("unknown revision 'no-such-branch' in " +
                                        repository.display_name() + ": "));
  CHECK_THAT(message, Catch::Contains("check `git log`"));
  CHECK_THAT(message, Catch::Contains("fetch-depth: 0"));
  CHECK_THAT(input_error_message([&] { repository.resolve("HEAD~3"); }),
             Catch::Contains("unknown revision 'HEAD~3'"));
  CHECK_THAT(input_error_message([&] { repository.resolve(std::string(40, 'e')); }),
             Catch::Contains("unknown revision"));
  CHECK_THAT(input_error_message([&] { repository.resolve(""); }),
             Catch::Contains("empty revision"));
  CHECK_THAT(input_error_message([&] { repository.resolve("HEAD:schema"); }),
             Catch::Contains("names a tree, not a commit"));
}

TEST_CASE("resolve in a repository without commits says so", "[source][git]") {
  driftgate::test::TempDir temp;
  driftgate::test::git_init(temp.path());
  GitRepository repository = GitRepository::open(temp.path());
  CHECK_THAT(input_error_message([&] { repository.resolve("HEAD"); }),
             Catch::Contains("no commits yet"));
}

TEST_CASE("list_blobs lists files under a prefix, recursively and sorted", "[source][git]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin);
  CHECK(paths_of(repository.list_blobs(history.third, "")) ==
        std::vector<std::string>{"app/queries/report.sql", "schema/README.md",
                                 "schema/indexes/users_email.sql", "schema/tables/users.sql",
                                 "top.sql"});
  CHECK(paths_of(repository.list_blobs(history.third, "schema")) ==
        std::vector<std::string>{"README.md", "indexes/users_email.sql", "tables/users.sql"});
  CHECK(paths_of(repository.list_blobs(history.first, "schema/")) ==
        std::vector<std::string>{"README.md", "tables/users.sql"});
  CHECK(repository.list_blobs(history.third, "missing").empty());
  CHECK(repository.list_blobs(history.third, "top.sql").empty());  // a file, not a directory
}

TEST_CASE("list_blobs skips directories the predicate refuses, and read_blob returns the bytes",
          "[source][git]") {
  HistoryFixture history;
  GitRepository repository = GitRepository::open(history.origin);
  std::vector<std::string> asked;
  auto only_schema = [&](std::string_view directory) {
    asked.emplace_back(directory);
    return directory.empty() || directory.starts_with("schema");
  };
  auto blobs = repository.list_blobs(history.second, "", only_schema);
  CHECK(paths_of(blobs) ==
        std::vector<std::string>{"schema/README.md", "schema/tables/users.sql", "top.sql"});
  CHECK(std::find(asked.begin(), asked.end(), "app") != asked.end());
  CHECK(std::find(asked.begin(), asked.end(), "app/queries") == asked.end());  // never walked into
  CHECK(repository.read_blob(blobs[1].blob_id) == driftgate::test::kUsersV2);
}

TEST_CASE("a bare clone reads every commit and has no working directory", "[source][git]") {
  HistoryFixture history;
  git("clone -q --bare origin bare.git", history.temp.path());
  GitRepository repository = GitRepository::open(history.temp.path() / "bare.git");
  CHECK(repository.workdir().empty());
  CHECK(same_directory(repository.git_dir(), history.temp.path() / "bare.git"));
  CHECK(repository.display_name() == repository.git_dir().string());
  CHECK(repository.resolve("HEAD~2") == history.first);
  CHECK(repository.resolve("v1") == history.first);
  CHECK(paths_of(repository.list_blobs(history.first, "schema")) ==
        std::vector<std::string>{"README.md", "tables/users.sql"});
}

TEST_CASE("a normal clone resolves remote-tracking branches like origin/main", "[source][git]") {
  HistoryFixture history;
  git("clone -q origin clone", history.temp.path());
  git("reset -q --hard HEAD~2", history.temp.path() / "clone");  // the local branch moves back
  GitRepository repository = GitRepository::open(history.temp.path() / "clone");
  CHECK(repository.resolve("origin/main") == history.third);
  CHECK(repository.resolve("HEAD") == history.first);
}

TEST_CASE("a shallow clone reads HEAD and explains a revision older than its history",
          "[source][git]") {
  HistoryFixture history;
  git("clone -q --depth 1 file://" + history.origin.string() + " shallow", history.temp.path());
  GitRepository repository = GitRepository::open(history.temp.path() / "shallow");
  CHECK(repository.is_shallow());
  CHECK(repository.resolve("HEAD") == history.third);
  CHECK(paths_of(repository.list_blobs(history.third, "schema")).size() == 3);
  for (const std::string& revision : {std::string("HEAD~1"), history.first}) {
    std::string message = input_error_message([&] { repository.resolve(revision); });
    CHECK_THAT(message, Catch::StartsWith("unknown revision '" + revision + "'"));
    CHECK_THAT(message, Catch::Contains("is a shallow clone"));
    CHECK_THAT(message, Catch::Contains("git fetch --unshallow"));
    CHECK_THAT(message, Catch::Contains("fetch-depth: 0"));
  }
}

TEST_CASE("a linked worktree opens with its own working directory and HEAD", "[source][git]") {
  HistoryFixture history;
  git("worktree add -q --detach ../linked HEAD~1", history.origin);
  GitRepository repository = GitRepository::open(history.temp.path() / "linked" / "schema");
  CHECK(same_directory(repository.workdir(), history.temp.path() / "linked"));
  CHECK(repository.resolve("HEAD") == history.second);
  CHECK(repository.resolve("main") == history.third);
}

TEST_CASE("a moved-from repository can be reassigned", "[source][git]") {
  HistoryFixture history;
  GitRepository first = GitRepository::open(history.origin);
  GitRepository second = std::move(first);
  first = GitRepository::open(history.origin);
  CHECK(first.resolve("HEAD") == second.resolve("HEAD"));
}
