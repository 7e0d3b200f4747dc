#pragma once

#include <functional>

#include "cli/exit_code.hpp"
#include "cli/global_options.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// Adds `driftgate apply [--url URL | --env NAME] [--rev REV | --plan FILE] [--allow
/// alter,drop] [--concurrent-indexes] [--lock-wait S] [--require-plan] …` to `app`: brings the
/// database to the definition, transactionally, and verifies. Returns the function that runs it.
std::function<ExitCode()> add_apply_command(CLI::App& app, const GlobalOptions& options);

}  // namespace driftgate::cli
