#pragma once

#include <string>

#include "alembic/replay.hpp"
#include "cli/global_options.hpp"
#include "cli/load_source.hpp"

namespace driftgate::cli {

/// The Alembic documentation at a commit, replayed.
struct LoadedDocumentation {
  alembic::DocumentedSchema schema;
  std::string description;  ///< `alembic:REV`
  std::string commit_sha;
  std::string folder;       ///< relative to the project directory
};

/// Reads the versions folder (`alembic_folder`, else `[documentation] alembic` of the config)
/// at commit `revision` through libgit2 and replays it. Throws an input error when no folder is
/// configured, the commit is unknown or the folder holds no revision file.
LoadedDocumentation load_documentation(const std::string& revision, const std::string& alembic_folder,
                                       const GlobalOptions& options);

/// The documentation as a source (`alembic:REV`) for inspect and diff: its model, with its
/// findings as warnings.
LoadedSource documentation_source(const std::string& revision, const GlobalOptions& options);

}  // namespace driftgate::cli
