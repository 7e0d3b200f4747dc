#pragma once

#include <string>

namespace driftgate::cli {

/// Output formats a command may offer (`--format`). Not every command offers every format.
enum class Format { Text, Json, Sql, Markdown };

/// When to colour text output (`--color`).
enum class ColorMode { Auto, Always, Never };

/// Options every command shares.
struct GlobalOptions {
  std::string config_file;   ///< --config; empty = driftgate.toml at the repository root
  std::string output_file;   ///< --output; empty = standard output
  ColorMode color = ColorMode::Auto;
  bool quiet = false;        ///< --quiet: only errors on stderr
  bool verbose = false;      ///< --verbose: also list what was skipped
};

}  // namespace driftgate::cli
