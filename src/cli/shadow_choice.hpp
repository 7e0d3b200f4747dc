#pragma once

#include "cli/drift_command.hpp"
#include "cli/global_options.hpp"
#include "cli/load_source.hpp"
#include "report/drift_report.hpp"

namespace driftgate::cli {

/// Decides `report`'s uncompared items through a shadow database, as `args` allows: none with
/// --offline; the server --dev-url names; a throwaway PostgreSQL with `--dev-url ephemeral`, and
/// by default when there is something to decide and a server is installed (the target's major
/// version when installed, with a note when it differs). Only a definition (`git:`, `worktree`)
/// is built in a shadow. Refuses (input error) a dev URL that points at the target database.
/// Records what happened in `report.shadow`.
void decide_through_shadow(const LoadedSource& from, const LoadedSource& to, const DriftArgs& args,
                           const GlobalOptions& options, report::DriftReport& report);

}  // namespace driftgate::cli
