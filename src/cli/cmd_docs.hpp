#pragma once

#include <functional>

#include "cli/exit_code.hpp"
#include "cli/global_options.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// Adds `driftgate docs [--rev REV] [--alembic PATH] [--strictness loose|strict]
/// [--format text|json]` to `app`: replays the Alembic folder at REV and compares the schema it
/// documents with the definition at the same commit. Exit 1 when the documentation is
/// inconsistent or its revision graph is broken.
std::function<ExitCode()> add_docs_command(CLI::App& app, const GlobalOptions& options);

}  // namespace driftgate::cli
