#include <catch2/catch.hpp>

#include "config/config_lookup.hpp"
#include "support/git_fixture.hpp"
#include "support/temp_dir.hpp"

using driftgate::config::Config;
using driftgate::config::load_config;
using driftgate::test::input_error_message;
using driftgate::test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("a --config file is found relative to the current directory", "[config][lookup]") {
  TempDir temp;
  temp.write("conf/custom.toml", "[definition]\npaths = [\"db/*.sql\"]\n");
  Config config = load_config(fs::path("conf/custom.toml"), temp.path());
  CHECK(config.definition_paths == std::vector<std::string>{"db/*.sql"});
  CHECK(config.project_dir == temp.path() / "conf");
  std::string message =
      input_error_message([&] { load_config(fs::path("nope.toml"), temp.path()); });
  CHECK_THAT(message, Catch::StartsWith("config file " + (temp.path() / "nope.toml").string() +
                                        " does not exist"));
  CHECK_THAT(message, Catch::Contains("--config"));
}

TEST_CASE("without --config, driftgate.toml at the repository root is used from any subfolder",
          "[config][lookup]") {
  TempDir temp;
  driftgate::test::git_init(temp.path());
  temp.write("driftgate.toml", "[documentation]\nalembic = \"alembic/versions\"\n");
  temp.write("src/deep/file.txt", "x");
  Config config = load_config(std::nullopt, temp.path() / "src" / "deep");
  CHECK(config.alembic_versions == "alembic/versions");
  CHECK(fs::equivalent(config.project_dir, temp.path()));
  CHECK(fs::equivalent(config.file, temp.path() / "driftgate.toml"));
}

TEST_CASE("the nearest driftgate.toml between the current directory and the repository root wins",
          "[config][lookup]") {
  TempDir temp;
  driftgate::test::git_init(temp.path());
  temp.write("driftgate.toml", "[documentation]\nalembic = \"root/versions\"\n");
  temp.write("examples/shop/driftgate.toml", "[documentation]\nalembic = \"shop/versions\"\n");
  temp.write("examples/shop/schema/a.sql", "");
  Config in_shop = load_config(std::nullopt, temp.path() / "examples" / "shop" / "schema");
  CHECK(in_shop.alembic_versions == "shop/versions");
  CHECK(fs::equivalent(in_shop.project_dir, temp.path() / "examples" / "shop"));
  Config in_examples = load_config(std::nullopt, temp.path() / "examples");
  CHECK(in_examples.alembic_versions == "root/versions");
  CHECK(fs::equivalent(in_examples.project_dir, temp.path()));
}

TEST_CASE("a broken driftgate.toml in the current project is reported, not skipped",
          "[config][lookup]") {
  TempDir temp;
  driftgate::test::git_init(temp.path());
  temp.write("examples/shop/driftgate.toml", "this is not toml");
  CHECK_THROWS_WITH(load_config(std::nullopt, temp.path() / "examples" / "shop"),
                    Catch::Contains("examples/shop/driftgate.toml:1:6"));
}

TEST_CASE("without any file the defaults apply at the repository root, or the current directory",
          "[config][lookup]") {
  TempDir temp;
  driftgate::test::git_init(temp.path() / "repo");
  fs::create_directories(temp.path() / "repo" / "sub");
  Config in_repository = load_config(std::nullopt, temp.path() / "repo" / "sub");
  CHECK(in_repository.file.empty());
  CHECK(in_repository.definition_paths == std::vector<std::string>{"schema/**/*.sql"});
  CHECK(fs::equivalent(in_repository.project_dir, temp.path() / "repo"));

  fs::create_directories(temp.path() / "plain");
  Config outside = load_config(std::nullopt, temp.path() / "plain");
  CHECK(outside.file.empty());
  CHECK(outside.project_dir == temp.path() / "plain");
}

TEST_CASE("a broken driftgate.toml at the root is an error, not silently ignored",
          "[config][lookup]") {
  TempDir temp;
  driftgate::test::git_init(temp.path());
  temp.write("driftgate.toml", "[definition]\npaths = \"x\"\n");
  CHECK_THAT(input_error_message([&] { load_config(std::nullopt, temp.path()); }),
             Catch::Contains("driftgate.toml:2:9: [definition] paths must be"));
}
