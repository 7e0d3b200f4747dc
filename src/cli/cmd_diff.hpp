#pragma once

#include <functional>

#include "cli/exit_code.hpp"
#include "cli/global_options.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// Adds `driftgate diff FROM TO [--format text|json] [--explain] [--strict-column-order]
/// [--connect-timeout SECONDS]` to `app`; returns the function that runs it once the command
/// line is parsed.
std::function<ExitCode()> add_diff_command(CLI::App& app, const GlobalOptions& options);

}  // namespace driftgate::cli
