#pragma once

#include <string>
#include <vector>

namespace driftgate::source {

/// One file of the definition: its path relative to the project directory and its text.
struct DefinitionFile {
  std::string path;
  std::string text;
};

/// The definition as read from one place: the files matching the definition globs, sorted by
/// path, plus where they came from.
struct DefinitionSnapshot {
  std::string revision;    ///< as the user wrote it (`HEAD~1`), or "worktree"
  std::string commit_sha;  ///< resolved full SHA; empty for the working tree
  std::vector<DefinitionFile> files;
};

}  // namespace driftgate::source
