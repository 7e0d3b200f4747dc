#include <catch2/catch.hpp>

#include "config/config.hpp"
#include "source/definition_reader.hpp"
#include "support/git_fixture.hpp"
#include "support/temp_dir.hpp"

using driftgate::config::Config;
using driftgate::config::default_config;
using driftgate::config::find_environment;
using driftgate::config::parse_config;
using driftgate::config::Protection;
using driftgate::config::read_config_file;
using driftgate::test::input_error_message;
using Strings = std::vector<std::string>;

namespace {

const std::filesystem::path kFile = "/project/driftgate.toml";

/// The message of parsing `text` as /project/driftgate.toml, which must fail.
std::string parse_failure(const std::string& text) {
  return input_error_message([&] { parse_config(text, kFile); });
}

}  // namespace

TEST_CASE("without a file the defaults apply", "[config]") {
  Config config = default_config("/somewhere");
  CHECK(config.project_dir == "/somewhere");
  CHECK(config.file.empty());
  CHECK(config.definition_paths == Strings{"schema/**/*.sql"});
  CHECK(config.search_path == Strings{"public"});
  CHECK(config.alembic_versions.empty());
  CHECK(config.environments.empty());
  CHECK(config.promotion_order.empty());
  CHECK(config.ignored_objects.empty());
  Config empty = parse_config("", kFile);
  CHECK(empty.definition_paths == config.definition_paths);
  CHECK(empty.search_path == config.search_path);
  CHECK(empty.project_dir == "/project");
  CHECK(empty.file == kFile);
}

TEST_CASE("the file of the product contract is read completely", "[config]") {
  Config config = parse_config(R"(
[definition]
paths = ["schema/**/*.sql", "extra/seed.sql"]
search_path = ["app", "public"]

[documentation]
alembic = "src/backend/alembic/versions"

[environments.dev]
url_env = "DEV_DATABASE_URL"

[environments.staging]
url_env = "STAGING_DATABASE_URL"

[environments.production]
url_env = "DATABASE_URL"
protected = true

[promotion]
order = ["dev", "staging", "production"]   # apply to one only after the one before it matches

[ignore]
objects = ["public.spatial_ref_sys"]
)",
                               kFile);
  CHECK(config.definition_paths == Strings{"schema/**/*.sql", "extra/seed.sql"});
  CHECK(config.search_path == Strings{"app", "public"});
  CHECK(config.alembic_versions == "src/backend/alembic/versions");
  REQUIRE(config.environments.size() == 3);
  CHECK(config.environments[0].name == "dev");  // sorted by name
  CHECK(config.environments[1].name == "production");
  CHECK(config.environments[2].name == "staging");
  CHECK(config.environments[0].url_env == "DEV_DATABASE_URL");
  CHECK(config.environments[0].protection == Protection::Unprotected);
  CHECK(config.environments[1].protection == Protection::Protected);
  CHECK(config.promotion_order == Strings{"dev", "staging", "production"});
  CHECK(config.ignored_objects == Strings{"public.spatial_ref_sys"});
  REQUIRE(find_environment(config, "staging") != nullptr);
  CHECK(find_environment(config, "staging")->url_env == "STAGING_DATABASE_URL");
  CHECK(find_environment(config, "qa") == nullptr);
}

TEST_CASE("a TOML syntax error is reported at file:line:column", "[config]") {
  std::string message = parse_failure("[definition]\npaths = [\"schema/**/*.sql\"\n\n[ignore]\n");
  CHECK_THAT(message, Catch::StartsWith("/project/driftgate.toml:"));
  CHECK_THAT(message, Catch::Contains("TOML syntax error"));
  message = parse_failure("[definition]\npaths = = 3\n");
  CHECK_THAT(message, Catch::StartsWith("/project/driftgate.toml:2:9: TOML syntax error: "));
  message = parse_failure("[definition\n");
  CHECK_THAT(message, Catch::StartsWith("/project/driftgate.toml:1:"));
}

TEST_CASE("a value of the wrong type names the key, the place and what is expected", "[config]") {
  CHECK(
      parse_failure("[definition]\npaths = \"schema/*.sql\"\n") ==
      "/project/driftgate.toml:2:9: [definition] paths must be a non-empty array of strings, like "
      "paths = [\"schema/**/*.sql\"] (found a string)");
  CHECK_THAT(parse_failure("[definition]\npaths = []\n"),
             Catch::Contains("(found an empty array)"));
  CHECK_THAT(parse_failure("[definition]\npaths = [\"a.sql\", 3]\n"),
             Catch::StartsWith("/project/driftgate.toml:2:19: [definition] paths must be") &&
                 Catch::Contains("found an integer in it"));
  CHECK_THAT(parse_failure("[definition]\nsearch_path = \"public\"\n"),
             Catch::StartsWith("/project/driftgate.toml:2:15: [definition] search_path must be"));
  CHECK_THAT(
      parse_failure("[documentation]\nalembic = [\"x\"]\n"),
      Catch::StartsWith("/project/driftgate.toml:2:11: [documentation] alembic must be a string"));
  CHECK_THAT(
      parse_failure("[environments.prod]\nurl_env = \"DB\"\nprotected = \"yes\"\n"),
      Catch::StartsWith(
          "/project/driftgate.toml:3:13: [environments.prod] protected must be true or false"));
  CHECK_THAT(parse_failure("definition = 1\n"),
             Catch::Contains("[definition] must be a table, found an integer"));
  CHECK_THAT(parse_failure("[environments]\nprod = \"DATABASE_URL\"\n"),
             Catch::Contains("[environments.prod] must be a table, found a string"));
  CHECK_THAT(parse_failure("[ignore]\nobjects = \"x\"\n"),
             Catch::Contains("[ignore] objects must be"));
}

TEST_CASE("an unknown key or table is named, with what was expected", "[config]") {
  CHECK(parse_failure("[definition]\npahts = [\"a.sql\"]\n") ==
        "/project/driftgate.toml:2:1: unknown key 'pahts' in [definition] (did you mean 'paths'?); "
        "expected one "
        "of: paths, search_path");
  CHECK_THAT(
      parse_failure("\n[defintion]\npaths = [\"a\"]\n"),
      Catch::StartsWith(
          "/project/driftgate.toml:2:2: unknown key 'defintion' in the file's top level (did you "
          "mean 'definition'?)"));
  CHECK_THAT(parse_failure("[environments.dev]\nurl_env = \"X\"\nprotect = true\n"),
             Catch::StartsWith(
                 "/project/driftgate.toml:3:1: unknown key 'protect' in [environments.dev]"));
  CHECK_THAT(parse_failure("[promotion]\norder = []\nextra = 1\n"),
             Catch::Contains("unknown key 'extra' in [promotion]"));
}

TEST_CASE("database URLs are refused in the file, without echoing them", "[config]") {
  std::string message =
      parse_failure("[environments.production]\nurl = \"postgres://app:s3cret@db/prod\"\n");
  CHECK_THAT(
      message,
      Catch::StartsWith("/project/driftgate.toml:2:1: [environments.production] url: database URLs "
                        "are never read from driftgate.toml"));
  CHECK_THAT(message, Catch::Contains("url_env = \"DATABASE_URL\""));
  CHECK(message.find("s3cret") == std::string::npos);
  message =
      parse_failure("[environments.production]\nurl_env = \"postgresql://app:s3cret@db/prod\"\n");
  CHECK_THAT(message, Catch::Contains("database URLs are never read"));
  CHECK(message.find("s3cret") == std::string::npos);
  CHECK_THAT(parse_failure("[environments.dev]\nurl_env = \"X\"\npassword = \"s3cret\"\n"),
             Catch::Contains("never read from driftgate.toml"));
}

TEST_CASE("environments need a variable name in url_env", "[config]") {
  CHECK_THAT(parse_failure("[environments.dev]\nprotected = false\n"),
             Catch::StartsWith("/project/driftgate.toml:1:1: [environments.dev] needs url_env"));
  CHECK_THAT(parse_failure("[environments.dev]\nurl_env = \"MY DB\"\n"),
             Catch::StartsWith("/project/driftgate.toml:2:11: [environments.dev] url_env must name "
                               "an environment variable"));
}

TEST_CASE("promotion order names configured environments once each", "[config]") {
  std::string base =
      "[environments.dev]\nurl_env = \"DEV\"\n[environments.prod]\nurl_env = \"PROD\"\n";
  CHECK(parse_config(base + "[promotion]\norder = [\"dev\", \"prod\"]\n", kFile).promotion_order ==
        Strings{"dev", "prod"});
  CHECK_THAT(parse_failure(base + "[promotion]\norder = [\"dev\", \"staging\"]\n"),
             Catch::StartsWith("/project/driftgate.toml:6:9: [promotion] order names 'staging', "
                               "which is not an environment"));
  CHECK_THAT(parse_failure(base + "[promotion]\norder = [\"dev\", \"dev\"]\n"),
             Catch::Contains("lists 'dev' twice"));
}

TEST_CASE("definition globs that cannot work are refused", "[config]") {
  CHECK_THAT(parse_failure("[definition]\npaths = [\"/abs/*.sql\"]\n"),
             Catch::StartsWith(
                 "/project/driftgate.toml:2:9: [definition] paths: '/abs/*.sql' is absolute"));
  CHECK_THAT(parse_failure("[definition]\npaths = [\"../other/*.sql\"]\n"),
             Catch::Contains("'..'"));
}

TEST_CASE("read_config_file reads a file and makes its folder the project directory", "[config]") {
  driftgate::test::TempDir temp;
  temp.write("shop/driftgate.toml", "[definition]\npaths = [\"db/*.sql\"]\n");
  Config config = read_config_file(temp.path() / "shop" / "driftgate.toml");
  CHECK(config.definition_paths == Strings{"db/*.sql"});
  CHECK(config.project_dir == temp.path() / "shop");
  CHECK(config.file == temp.path() / "shop" / "driftgate.toml");
  std::string message =
      input_error_message([&] { read_config_file(temp.path() / "missing.toml"); });
  CHECK_THAT(message, Catch::StartsWith("config file " + (temp.path() / "missing.toml").string() +
                                        " does not exist"));
  temp.write("bad.toml", "[definition]\npaths = 1\n");
  CHECK_THAT(input_error_message([&] { read_config_file(temp.path() / "bad.toml"); }),
             Catch::StartsWith((temp.path() / "bad.toml").string() + ":2:9: "));
}

TEST_CASE("the example project's driftgate.toml is valid and finds its definition", "[config]") {
  Config config = read_config_file(std::filesystem::path(DRIFTGATE_SOURCE_DIR) / "examples" / "shop" /
                                   "driftgate.toml");
  CHECK(config.definition_paths == Strings{"schema/**/*.sql"});
  auto snapshot =
      driftgate::source::read_definition_from_worktree(config.project_dir, config.definition_paths);
  CHECK_FALSE(snapshot.files.empty());
  for (const auto& file : snapshot.files) CHECK_THAT(file.path, Catch::StartsWith("schema/"));
}

TEST_CASE("[shadow] default turns the automatic shadow database on or off", "[config]") {
  CHECK(driftgate::config::parse_config("", kFile).shadow_default == "ephemeral");
  CHECK(driftgate::config::parse_config("[shadow]\ndefault = \"off\"\n", kFile).shadow_default == "off");
  CHECK_THAT(parse_failure("[shadow]\ndefault = \"always\"\n"),
             Catch::StartsWith("/project/driftgate.toml:2:11: [shadow] default must be \"ephemeral\" or \"off\""));
  CHECK_THAT(parse_failure("[shadow]\nserver = \"x\"\n"), Catch::Contains("unknown key 'server' in [shadow]"));
}
