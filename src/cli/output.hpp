#pragma once

#include <string>

#include "cli/global_options.hpp"

namespace driftgate::cli {

/// Writes a command's result to standard output, or to `--output FILE` (replacing it whole
/// only once the text is complete). Results go to stdout; logs and progress go to stderr.
void write_result(const GlobalOptions& options, const std::string& text);

/// Prints a progress or log line to stderr unless --quiet.
void log_line(const GlobalOptions& options, const std::string& line);

}  // namespace driftgate::cli
