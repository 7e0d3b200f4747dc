#pragma once

#include <string>
#include <vector>

namespace driftgate::test {

/// What a finished child process left behind.
struct CommandResult {
  int exit_code = -1;
  std::string out;   ///< standard output
  std::string err;   ///< standard error
};

/// Runs `argv` (argv[0] looked up on PATH) in `cwd` ("" = current directory), with standard
/// input from /dev/null (or from `stdin_text` when given), and captures both output streams.
CommandResult run_command(const std::vector<std::string>& argv, const std::string& cwd = "",
                          const std::string& stdin_text = "");

/// Runs the driftgate binary under test with `args` in `cwd`.
CommandResult run_driftgate(const std::vector<std::string>& args, const std::string& cwd = "");

/// Runs a shell command line with /bin/sh -c in `cwd`; fails the test if it exits non-zero.
std::string sh(const std::string& command_line, const std::string& cwd = "");

}  // namespace driftgate::test
