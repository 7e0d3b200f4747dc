#pragma once

#include <string>
#include <vector>

namespace driftgate::shadow {

/// What a finished child process left.
struct ProcessResult {
  int exit_code = -1;  ///< -1 when it could not be started or was killed by a signal
  std::string output;  ///< standard output and standard error, interleaved
};

/// Runs `argv` (argv[0] an absolute path) to completion with standard input from /dev/null and
/// both output streams captured; as the `postgres` user (through runuser) when `as_postgres`.
ProcessResult run_process(std::vector<std::string> argv, bool as_postgres = false);

/// Whether this process runs as root (PostgreSQL's server refuses to).
bool running_as_root();

}  // namespace driftgate::shadow
