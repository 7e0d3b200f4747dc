#pragma once

#include <chrono>
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
  /// Where the source's unqualified names resolve: the definition's configured search path;
  /// `public` for databases and snapshots (their texts are read fully qualified).
  std::vector<std::string> search_path = {"public"};
};

/// How live sources (databases) are read.
struct LiveOptions {
  std::chrono::seconds connect_timeout{10};  ///< --connect-timeout, unless the URL sets one
};

/// Reads the SOURCE argument `argument` (`git:REV`, `worktree`, `alembic:REV`, `snapshot:FILE`,
/// `postgres://…`/`postgresql://…`) into a model, using the configuration found from the current
/// directory and --config. Throws an input Error for sources that cannot be read (`env:NAME`
/// is not readable yet) and an Environment Error (exit 3) for a database
/// that cannot be reached or read.
LoadedSource load_source(const std::string& argument, const GlobalOptions& options,
                         const LiveOptions& live = LiveOptions{});

/// Introspects the database at `connection` (a libpq URI or key=value string, as `check --url`
/// and DATABASE_URL give it); the description has the password removed.
LoadedSource load_database(const std::string& connection, const LiveOptions& live);

/// Prints warnings (always, unless --quiet) and skipped statements (with --verbose) to stderr.
void report_diagnostics(const LoadedSource& source, const GlobalOptions& options);

}  // namespace driftgate::cli
