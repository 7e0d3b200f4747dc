#pragma once

#include <string>
#include <vector>

#include "apply/apply.hpp"
#include "cli/global_options.hpp"
#include "cli/load_source.hpp"
#include "cli/target_url.hpp"
#include "report/plan_text.hpp"

namespace CLI {
class App;
}

namespace driftgate::cli {

/// The options `plan` and `apply` share, as the command line sets them.
struct SyncArgs {
  TargetArgs target;
  std::string rev = "HEAD";
  std::vector<std::string> allow;  ///< --allow alter,drop
  bool concurrent_indexes = false;
  int connect_timeout_seconds = 10;
  std::vector<std::string> schemas;
  std::vector<std::string> excluded_schemas;
  std::string format = "text";
};

/// Adds --url/--env, --rev, --allow, --concurrent-indexes, --connect-timeout, --schema and
/// --exclude-schema to `command`.
void add_sync_options(CLI::App& command, SyncArgs& args);

/// The definition and the target of one plan or apply.
struct SyncRequest {
  LoadedSource definition;
  std::string url;
  plan::PlanOptions options;
  SourceOptions sources;
};

/// Reads the definition at `rev` and resolves the target under `args`.
SyncRequest sync_request(const SyncArgs& args, const std::string& rev, const GlobalOptions& options,
                         const std::string& command);

/// What apply::plan_database and apply::apply_definition need, pointing into `sync` (which must
/// outlive it); its drift function compares the definition with a live model as `check` does.
apply::PlanRequest plan_request(const SyncRequest& sync);

/// The plan options `args` asks for.
plan::PlanOptions plan_options(const SyncArgs& args);

/// How plan and apply write text to standard output (or --output) under `options`.
report::PlanTextStyle plan_text_style(const GlobalOptions& options);

}  // namespace driftgate::cli
