#pragma once

#include <string>
#include <vector>

#include "cli/global_options.hpp"
#include "model/catalog.hpp"
#include "parse/definition_loader.hpp"

namespace driftgate::cli {

/// A source turned into a model, with what the reader had to say about it.
struct LoadedSource {
  model::Catalog catalog;
  std::string description;   ///< as the user wrote it, password removed (`git:HEAD~1`)
  std::string commit_sha;    ///< resolved commit for git: sources; empty otherwise
  std::vector<parse::Diagnostic> warnings;
  std::vector<parse::Diagnostic> skipped;
};

/// Reads the SOURCE argument `argument` (`git:REV`, `worktree`, `snapshot:FILE`) into a model,
/// using the configuration found from the current directory and --config. Throws an input
/// Error for sources that cannot be read; live sources arrive with introspection.
LoadedSource load_source(const std::string& argument, const GlobalOptions& options);

/// Prints warnings (always, unless --quiet) and skipped statements (with --verbose) to stderr.
void report_diagnostics(const LoadedSource& source, const GlobalOptions& options);

}  // namespace driftgate::cli
