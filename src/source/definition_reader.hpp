#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "source/definition_file.hpp"
#include "source/git_repository.hpp"

namespace driftgate::source {

/// The definition files at commit `revision` of `repository`: the blobs under `project_path` (the
/// project directory's path inside the repository, "" for its root) whose paths relative to it
/// match any of `globs`, sorted bytewise, paths reported relative to the project directory.
/// Only matching blobs are read. Throws an input error when the revision is unknown or no
/// file matches.
DefinitionSnapshot read_definition_at_commit(const GitRepository& repository,
                                             std::string_view revision,
                                             const std::string& project_path,
                                             const std::vector<std::string>& globs);

/// The definition files as they stand on disk under `project_dir` (skipping `.git`), matched and
/// ordered like read_definition_at_commit. Throws an input error when no file matches or a
/// file cannot be read.
DefinitionSnapshot read_definition_from_worktree(const std::filesystem::path& project_dir,
                                                 const std::vector<std::string>& globs);

}  // namespace driftgate::source
