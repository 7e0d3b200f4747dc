#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "cli/global_options.hpp"
#include "introspect/schema_filter.hpp"
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
  int server_version = 0;     ///< databases: server_version_num; 0 otherwise
  std::string timezone;       ///< databases: the session's TimeZone before introspection fixed it
  std::string datestyle;      ///< databases: the session's DateStyle, likewise
  std::string url;            ///< databases: the connection string as given (holds the password)
  bool is_definition = false; ///< read from SQL files (git: or worktree), so the shadow can build it
  std::string shadow_default = "ephemeral";  ///< the configuration's [shadow] default
};

/// How sources are read.
struct SourceOptions {
  std::chrono::seconds connect_timeout{10};  ///< databases: --connect-timeout, unless the URL sets one
  /// --schema / --exclude-schema: databases read only these schemas, and every other source is
  /// narrowed alike, so both sides of a comparison cover the same schemas.
  introspect::SchemaFilter schemas;
};

/// Reads the SOURCE argument `argument` (`git:REV`, `worktree`, `alembic:REV`, `snapshot:FILE`,
/// `postgres://…`/`postgresql://…`, `env:NAME`) into a model, using the configuration found from
/// the current directory and --config. Throws an input Error for sources that cannot be read (an
/// unknown environment; its variable unset) and an Environment Error (exit 3) for a database
/// that cannot be reached or read.
LoadedSource load_source(const std::string& argument, const GlobalOptions& options,
                         const SourceOptions& source_options = SourceOptions{});

/// Two sources read at once, `second` on a thread of its own, so that parsing a definition and
/// reading a database's catalog overlap. When both fail, `first`'s error is the one thrown.
std::pair<LoadedSource, LoadedSource> load_sources(const std::function<LoadedSource()>& first,
                                                  const std::function<LoadedSource()>& second);

/// Introspects the database at `connection` (a libpq URI or key=value string, as `check --url`
/// and DATABASE_URL give it); the description has the password removed.
LoadedSource load_database(const std::string& connection, const SourceOptions& source_options);

/// The database URL of the configured environment `name` (`[environments.NAME]`): the value of
/// the environment variable its `url_env` names. Throws an input Error naming the known
/// environments for an unknown name, and naming the variable when it is not set.
std::string environment_url(const std::string& name, const GlobalOptions& options);

/// Prints warnings (always, unless --quiet) and skipped statements (with --verbose) to stderr.
void report_diagnostics(const LoadedSource& source, const GlobalOptions& options);

}  // namespace driftgate::cli
