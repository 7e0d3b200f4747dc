#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace driftgate::config {

/// Whether an environment accepts only reviewed plan files (production).
enum class Protection { Unprotected, Protected };

/// One `[environments.NAME]` table. Its URL is never in the file: `url_env` names the
/// environment variable holding it.
struct EnvironmentConfig {
  std::string name;
  std::string url_env;
  Protection protection = Protection::Unprotected;
};

/// Everything `driftgate.toml` says, with defaults for what it leaves out.
struct Config {
  std::filesystem::path project_dir;  ///< the folder definition paths are relative to
  std::filesystem::path file;         ///< the config file read; empty when there was none
  std::vector<std::string> definition_paths = {"schema/**/*.sql"};  ///< [definition] paths
  std::vector<std::string> search_path = {"public"};                ///< [definition] search_path
  std::string alembic_versions;                 ///< [documentation] alembic; empty = not configured
  std::vector<EnvironmentConfig> environments;  ///< [environments.*], sorted by name
  std::vector<std::string> promotion_order;     ///< [promotion] order
  std::vector<std::string> ignored_objects;     ///< [ignore] objects
  /// [shadow] default: what diff and check do when something is uncompared and no --dev-url is
  /// given: "ephemeral" (a throwaway PostgreSQL, when one is installed) or "off".
  std::string shadow_default = "ephemeral";
};

/// The configuration used when there is no file: defaults, rooted at `project_dir`.
Config default_config(const std::filesystem::path& project_dir);

/// Reads and validates the config file `file`; its directory becomes the project directory.
/// Throws an input error for a missing or unreadable file, a TOML syntax error
/// (`path:line:column: message`), a wrong type, an unknown key or a database URL in the file.
Config read_config_file(const std::filesystem::path& file);

/// Parses config text as if read from `file` (tests, and read_config_file itself).
Config parse_config(std::string_view text, const std::filesystem::path& file);

/// The environment called `name`, or null.
const EnvironmentConfig* find_environment(const Config& config, std::string_view name);

}  // namespace driftgate::config
