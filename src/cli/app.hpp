#pragma once

#include "cli/exit_code.hpp"

namespace driftgate::cli {

/// Parses the command line, runs the chosen command and returns its exit code. Usage errors
/// return ExitCode::Input; other failures are thrown as driftgate::Error.
ExitCode run(int argc, char** argv);

}  // namespace driftgate::cli
