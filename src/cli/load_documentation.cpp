#include "cli/load_documentation.hpp"

#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "config/config_lookup.hpp"
#include "config/project_location.hpp"
#include "source/git_repository.hpp"
#include "source/versions_folder.hpp"
#include "util/error.hpp"

namespace driftgate::cli {

LoadedDocumentation load_documentation(const std::string& revision, const std::string& alembic_folder,
                                       const GlobalOptions& options) {
  std::optional<std::filesystem::path> file;
  if (!options.config_file.empty()) file = options.config_file;
  const config::Config config = config::load_config(file, std::filesystem::current_path());
  LoadedDocumentation loaded;
  loaded.folder = alembic_folder.empty() ? config.alembic_versions : alembic_folder;
  if (loaded.folder.empty()) {
    throw input_error("no Alembic versions folder given: pass --alembic PATH (relative to the project directory, "
                      "e.g. --alembic alembic/versions) or set [documentation] alembic in driftgate.toml");
  }
  const auto repository = source::GitRepository::open(config.project_dir);
  const std::string project_path = config::project_path_in_repository(config, repository);
  const source::DefinitionSnapshot snapshot =
      source::read_versions_at_commit(repository, revision, project_path, loaded.folder);
  parse::ParseOptions parse_options;
  parse_options.search_path = config.search_path;
  loaded.schema = alembic::replay_revisions(snapshot.files, parse_options);
  loaded.description = "alembic:" + revision;
  loaded.commit_sha = snapshot.commit_sha;
  return loaded;
}

LoadedSource documentation_source(const std::string& revision, const GlobalOptions& options) {
  LoadedDocumentation documentation = load_documentation(revision, "", options);
  LoadedSource result;
  result.catalog = std::move(documentation.schema.catalog);
  result.description = documentation.description;
  result.commit_sha = documentation.commit_sha;
  for (const alembic::Finding& finding : documentation.schema.findings) {
    std::string message = finding.category + ": " + finding.message;
    if (!finding.revision.empty()) message = "[" + finding.revision + "] " + message;
    result.warnings.push_back(parse::Diagnostic{finding.location, message});
  }
  return result;
}

}  // namespace driftgate::cli
