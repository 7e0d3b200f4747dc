#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "source/definition_file.hpp"
#include "source/git_repository.hpp"

namespace driftgate::source {

/// The Alembic revision files (`*.py` under `folder`, recursively, without `__init__.py` and
/// `__pycache__`) at commit `revision` of `repository`. `folder` is relative to the project
/// directory, whose path inside the repository is `project_path`; file paths are reported
/// relative to the project directory (`alembic/versions/0001_init.py`), sorted. Throws an input
/// error when the revision is unknown or the folder holds no `.py` file at that commit.
DefinitionSnapshot read_versions_at_commit(const GitRepository& repository, std::string_view revision,
                                           const std::string& project_path, const std::string& folder);

/// The same files from the working tree: `folder` relative to `project_dir`.
DefinitionSnapshot read_versions_from_directory(const std::filesystem::path& project_dir, const std::string& folder);

}  // namespace driftgate::source
