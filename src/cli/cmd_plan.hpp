#pragma once

#include <functional>

#include "cli/exit_code.hpp"
#include "cli/global_options.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// Adds `driftgate plan [--url URL | --env NAME] [--rev REV] [--out FILE] [--format
/// text|json|sql] [--allow alter,drop] [--concurrent-indexes]` to `app`: the dry run of apply.
/// Returns the function that runs it once the command line is parsed.
std::function<ExitCode()> add_plan_command(CLI::App& app, const GlobalOptions& options);

}  // namespace driftgate::cli
