#include "cli/app.hpp"

#include <CLI/CLI.hpp>

namespace driftgate::cli {

ExitCode run(int argc, char** argv) {
  CLI::App app{"driftgate: keeps PostgreSQL schemas honest"};
  app.set_version_flag("--version", std::string("driftgate ") + DRIFTGATE_VERSION);
  app.require_subcommand(1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return static_cast<ExitCode>(app.exit(e) == 0 ? 0 : 2);
  }
  return ExitCode::Ok;
}

}  // namespace driftgate::cli
