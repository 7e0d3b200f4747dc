#include "cli/target_url.hpp"

#include <cstdlib>

#include <CLI/CLI.hpp>

#include "cli/load_source.hpp"
#include "util/error.hpp"

namespace driftgate::cli {

void add_target_options(CLI::App& command, TargetArgs& args) {
  auto* url = command.add_option(
      "--url", args.url, "The database (a libpq URL or key=value string; default: $DATABASE_URL)");
  command
      .add_option("--env", args.environment,
                  "A configured environment ([environments.NAME] in driftgate.toml) instead of --url")
      ->excludes(url);
}

std::string target_url(const TargetArgs& args, const GlobalOptions& options,
                       const std::string& command) {
  if (!args.url.empty()) return args.url;
  if (!args.environment.empty()) return environment_url(args.environment, options);
  const char* from_environment = std::getenv("DATABASE_URL");
  if (from_environment != nullptr && *from_environment != '\0') return from_environment;
  throw input_error(
      command + " needs a database: pass --url postgresql://USER@HOST:PORT/DBNAME, --env NAME "
      "(a configured environment), or set the DATABASE_URL environment variable (libpq's PG* "
      "variables and .pgpass supply what the URL leaves out)");
}

}  // namespace driftgate::cli
