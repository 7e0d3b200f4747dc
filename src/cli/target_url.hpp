#pragma once

#include <string>

#include "cli/global_options.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// How a command names the one database it works on.
struct TargetArgs {
  std::string url;          ///< --url
  std::string environment;  ///< --env NAME
};

/// Adds `--url URL` and `--env NAME` (exclusive) to `command`.
void add_target_options(CLI::App& command, TargetArgs& args);

/// The database URL: --url, else the configured environment --env names, else $DATABASE_URL.
/// Throws an input Error saying how to give one when none is set; `command` names the command
/// in that message.
std::string target_url(const TargetArgs& args, const GlobalOptions& options,
                       const std::string& command);

}  // namespace driftgate::cli
