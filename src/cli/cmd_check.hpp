#pragma once

#include <functional>

#include "cli/exit_code.hpp"
#include "cli/global_options.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// Adds `driftgate check [--rev REV] [--url URL] [--format text|json] [--explain]
/// [--strict-column-order] [--connect-timeout SECONDS]` to `app`: the gate comparing the
/// definition at REV (default HEAD) with the database at URL (default: $DATABASE_URL). Returns
/// the function that runs it once the command line is parsed.
std::function<ExitCode()> add_check_command(CLI::App& app, const GlobalOptions& options);

}  // namespace driftgate::cli
