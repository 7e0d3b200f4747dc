#include "cli/load_source.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "cli/load_documentation.hpp"
#include "cli/output.hpp"
#include "config/config_lookup.hpp"
#include "config/project_location.hpp"
#include "introspect/introspect.hpp"
#include "model/catalog_filter.hpp"
#include "model/catalog_json.hpp"
#include "source/definition_reader.hpp"
#include "source/git_repository.hpp"
#include "source/source_spec.hpp"
#include "util/error.hpp"

namespace driftgate::cli {

namespace {

config::Config find_config(const GlobalOptions& options) {
  std::optional<std::filesystem::path> file;
  if (!options.config_file.empty()) file = options.config_file;
  return config::load_config(file, std::filesystem::current_path());
}

parse::ParseOptions parse_options(const config::Config& config) {
  parse::ParseOptions result;
  result.search_path = config.search_path;
  return result;
}

LoadedSource from_snapshot(const source::DefinitionSnapshot& snapshot,
                           const config::Config& config, const std::string& description) {
  auto loaded = parse::load_definition(snapshot.files, parse_options(config));
  LoadedSource result;
  result.catalog = std::move(loaded.catalog);
  result.description = description;
  result.commit_sha = snapshot.commit_sha;
  result.warnings = std::move(loaded.warnings);
  result.skipped = std::move(loaded.skipped);
  result.search_path = config.search_path;
  result.is_definition = true;
  result.shadow_default = config.shadow_default;
  return result;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw input_error(fmt::format("cannot read snapshot file {}: check the path (snapshots are "
                                  "written by `driftgate inspect SOURCE --format json`)", path));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

LoadedSource load_database(const std::string& connection, const SourceOptions& source_options) {
  introspect::IntrospectOptions introspect_options;
  introspect_options.connect_timeout = source_options.connect_timeout;
  introspect_options.schemas = source_options.schemas;
  LoadedSource result;
  introspect::IntrospectStats stats;
  result.catalog = introspect::introspect_database(connection, introspect_options, stats);
  result.server_version = stats.server_version;
  result.timezone = stats.timezone;
  result.datestyle = stats.datestyle;
  result.url = connection;
  result.description = source::redact_url(connection);
  return result;
}

std::string environment_url(const std::string& name, const GlobalOptions& options) {
  const config::Config config = find_config(options);
  std::string known;
  for (const auto& environment : config.environments) {
    if (environment.name == name) {
      const char* url = std::getenv(environment.url_env.c_str());
      if (url == nullptr || *url == '\0') {
        throw input_error(fmt::format(
            "env:{}: the environment variable {} that holds its database URL is not set "
            "(driftgate.toml's [environments.{}] url_env names it); export it, e.g. in the CI "
            "job's secrets", name, environment.url_env, name));
      }
      return url;
    }
    known += (known.empty() ? "" : ", ") + environment.name;
  }
  throw input_error(fmt::format(
      "env:{}: no such environment in {}; {}", name,
      config.file.empty() ? std::string("the configuration (there is no driftgate.toml)")
                          : config.file.string(),
      known.empty() ? std::string("define it as [environments.") + name + "] with url_env"
                    : "known environments: " + known));
}

namespace {

LoadedSource read_source(const std::string& argument, const GlobalOptions& options,
                         const SourceOptions& source_options) {
  auto spec = source::parse_source_spec(argument);
  auto description = source::describe_source(spec);
  switch (spec.kind) {
    case source::SourceKind::Git: {
      auto config = find_config(options);
      auto repository = source::GitRepository::open(config.project_dir);
      auto project_path = config::project_path_in_repository(config, repository);
      auto snapshot = source::read_definition_at_commit(repository, spec.text, project_path,
                                                        config.definition_paths);
      return from_snapshot(snapshot, config, description);
    }
    case source::SourceKind::Worktree: {
      auto config = find_config(options);
      auto snapshot =
          source::read_definition_from_worktree(config.project_dir, config.definition_paths);
      return from_snapshot(snapshot, config, description);
    }
    case source::SourceKind::Snapshot: {
      LoadedSource result;
      result.catalog = model::catalog_from_json(read_file(spec.text), spec.text);
      result.description = description;
      return result;
    }
    case source::SourceKind::DatabaseUrl:
      return load_database(spec.text, source_options);
    case source::SourceKind::Environment: {
      LoadedSource result = load_database(environment_url(spec.text, options), source_options);
      result.description = description + " (" + result.description + ")";
      return result;
    }
    case source::SourceKind::Alembic:
      return documentation_source(spec.text, options);
  }
  throw input_error(fmt::format(
      "{}: this kind of source is not readable by this version of driftgate; it reads "
      "git:REV, worktree, alembic:REV, snapshot:FILE, env:NAME and postgres://… URLs", description));
}

}  // namespace

LoadedSource load_source(const std::string& argument, const GlobalOptions& options,
                         const SourceOptions& source_options) {
  LoadedSource result = read_source(argument, options, source_options);
  model::keep_schemas(result.catalog, [&](const std::string& schema) {
    return source_options.schemas.admits(schema);
  });
  return result;
}

std::pair<LoadedSource, LoadedSource> load_sources(const std::function<LoadedSource()>& first,
                                                  const std::function<LoadedSource()>& second) {
  std::future<LoadedSource> later = std::async(std::launch::async, second);
  LoadedSource loaded_first;
  try {
    loaded_first = first();
  } catch (...) {
    later.wait();  // the other thread ends before its error is dropped
    throw;
  }
  return {std::move(loaded_first), later.get()};
}

void report_diagnostics(const LoadedSource& source, const GlobalOptions& options) {
  for (const auto& warning : source.warnings) {
    log_line(options, fmt::format("driftgate: warning: {}:{}:{}: {}", warning.location.file,
                                  warning.location.line, warning.location.column,
                                  warning.message));
  }
  if (!options.verbose) {
    if (!source.skipped.empty()) {
      log_line(options, fmt::format("driftgate: skipped {} statement(s) that define no schema "
                                    "(--verbose lists them)", source.skipped.size()));
    }
    return;
  }
  for (const auto& skipped : source.skipped) {
    log_line(options, fmt::format("driftgate: skipped: {}:{}:{}: {}", skipped.location.file,
                                  skipped.location.line, skipped.location.column,
                                  skipped.message));
  }
}

}  // namespace driftgate::cli
