#pragma once

#include <string>

#include "config/config.hpp"
#include "source/git_repository.hpp"

namespace driftgate::config {

/// Where the project directory is inside `repository`, '/'-separated ("" for its root,
/// `examples/shop` for a config in that folder): definition files at a commit are read from
/// there. A bare repository has no files on disk, so its project is its root. Throws an input
/// error when the project directory is outside the repository's working directory.
std::string project_path_in_repository(const Config& config,
                                       const source::GitRepository& repository);

}  // namespace driftgate::config
