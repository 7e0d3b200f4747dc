#pragma once

#include <filesystem>
#include <optional>

#include "config/config.hpp"

namespace driftgate::config {

/// The configuration for a command run in `current_dir`: `--config FILE` when given (relative to
/// `current_dir`; it must exist), else the nearest `driftgate.toml` from `current_dir` up to the
/// root of the repository containing it (only `current_dir` outside a repository), else the defaults — with the project directory at the
/// repository's root, or at `current_dir` outside a repository (or in a bare one).
Config load_config(const std::optional<std::filesystem::path>& config_file,
                   const std::filesystem::path& current_dir);

}  // namespace driftgate::config
