#pragma once

#include "cli/exit_code.hpp"
#include "cli/global_options.hpp"
#include "cli/load_source.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// The options `diff` and `check` share, as the command line sets them.
struct DriftArgs {
  Format format = Format::Text;
  bool explain = false;              ///< --explain
  bool strict_column_order = false;  ///< --strict-column-order
  int connect_timeout_seconds = 10;  ///< --connect-timeout
};

/// Adds `--format text|json`, `--explain`, `--strict-column-order` and `--connect-timeout` to
/// `command`, storing into `args`.
void add_drift_options(CLI::App& command, DriftArgs& args);

/// How live sources are read under `args`.
LiveOptions live_options(const DriftArgs& args);

/// Compares `from` (expected) with `to` (the target), writes the report in the format asked
/// for, and returns ExitCode::Drift when any item is drift (uncompared items are not), else Ok.
ExitCode report_drift(const LoadedSource& from, const LoadedSource& to, const DriftArgs& args,
                      const GlobalOptions& options);

}  // namespace driftgate::cli
