#include <catch2/catch.hpp>

#include "config/config_lookup.hpp"
#include "config/project_location.hpp"
#include "source/definition_reader.hpp"
#include "support/git_fixture.hpp"
#include "support/temp_dir.hpp"

using driftgate::config::Config;
using driftgate::config::load_config;
using driftgate::config::project_path_in_repository;
using driftgate::source::GitRepository;
using driftgate::test::input_error_message;
using driftgate::test::TempDir;

TEST_CASE("the project directory's path inside the repository", "[config][project]") {
  TempDir temp;
  driftgate::test::git_init(temp.path() / "repo");
  temp.write("repo/examples/shop/driftgate.toml", "");
  GitRepository repository = GitRepository::open(temp.path() / "repo");
  Config nested =
      load_config(std::filesystem::path("examples/shop/driftgate.toml"), temp.path() / "repo");
  CHECK(project_path_in_repository(nested, repository) == "examples/shop");
  Config root = load_config(std::nullopt, temp.path() / "repo" / "examples");
  CHECK(project_path_in_repository(root, repository).empty());
  // the same directory reached through a symbolic link is still inside
  std::filesystem::create_directory_symlink(temp.path() / "repo", temp.path() / "link");
  Config linked =
      load_config(std::filesystem::path("examples/shop/driftgate.toml"), temp.path() / "link");
  CHECK(project_path_in_repository(linked, repository) == "examples/shop");
}

TEST_CASE("a project directory outside the repository is refused", "[config][project]") {
  TempDir temp;
  driftgate::test::git_init(temp.path() / "repo");
  temp.write("elsewhere/driftgate.toml", "");
  GitRepository repository = GitRepository::open(temp.path() / "repo");
  Config config = load_config(temp.path() / "elsewhere" / "driftgate.toml", temp.path());
  std::string message =
      input_error_message([&] { project_path_in_repository(config, repository); });
  CHECK_THAT(message,
             Catch::StartsWith("the project directory " + (temp.path() / "elsewhere").string() +
                               " is outside the repository "));
  CHECK_THAT(message, Catch::Contains("--config"));
}

TEST_CASE("a bare repository's project is its root", "[config][project]") {
  TempDir temp;
  driftgate::test::git_init(temp.path() / "repo");
  temp.write("repo/schema/a.sql", "CREATE TABLE a (id int);\n");
  driftgate::test::git_commit_all(temp.path() / "repo", "a");
  driftgate::test::git("clone -q --bare repo bare.git", temp.path());
  GitRepository repository = GitRepository::open(temp.path() / "bare.git");
  Config config = load_config(std::nullopt, temp.path() / "bare.git");
  CHECK(config.file.empty());
  CHECK(project_path_in_repository(config, repository).empty());
}

TEST_CASE("a config in examples/shop reads definition files from examples/shop at a commit",
          "[config][project]") {
  TempDir temp;
  driftgate::test::git_init(temp.path());
  temp.write("examples/shop/driftgate.toml", "[definition]\npaths = [\"db/**/*.sql\"]\n");
  temp.write("examples/shop/db/orders.sql", "CREATE TABLE orders (id int);\n");
  temp.write("db/unrelated.sql", "CREATE TABLE unrelated (id int);\n");
  driftgate::test::git_commit_all(temp.path(), "shop example");
  temp.write("examples/shop/db/orders.sql", "-- changed after the commit\n");
  Config config = load_config(std::filesystem::path("examples/shop/driftgate.toml"), temp.path());
  GitRepository repository = GitRepository::open(config.project_dir);
  auto snapshot = driftgate::source::read_definition_at_commit(
      repository, "HEAD", project_path_in_repository(config, repository), config.definition_paths);
  REQUIRE(snapshot.files.size() == 1);
  CHECK(snapshot.files[0].path == "db/orders.sql");
  CHECK(snapshot.files[0].text == "CREATE TABLE orders (id int);\n");
}
