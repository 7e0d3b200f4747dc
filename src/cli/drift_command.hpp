#pragma once

#include <string>
#include <vector>

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
  std::string dev_url;                       ///< --dev-url URL|ephemeral; empty: automatic
  bool offline = false;                      ///< --offline: no shadow database
  std::vector<std::string> schemas;          ///< --schema (repeatable): only these
  std::vector<std::string> excluded_schemas; ///< --exclude-schema (repeatable)
};

/// Adds `--format text|json`, `--explain`, `--strict-column-order`, `--connect-timeout`,
/// `--schema` and `--exclude-schema` to `command`, storing into `args`.
void add_drift_options(CLI::App& command, DriftArgs& args);

/// Adds `--schema NAME` and `--exclude-schema NAME` (both repeatable) to `command`.
void add_schema_options(CLI::App& command, std::vector<std::string>& schemas,
                        std::vector<std::string>& excluded_schemas);

/// How sources are read under `args`.
SourceOptions source_options(const DriftArgs& args);

/// Compares `from` (expected) with `to` (the target), writes the report in the format asked
/// for, and returns ExitCode::Drift when any item is drift (uncompared items are not), else Ok.
ExitCode report_drift(const LoadedSource& from, const LoadedSource& to, const DriftArgs& args,
                      const GlobalOptions& options);

}  // namespace driftgate::cli
