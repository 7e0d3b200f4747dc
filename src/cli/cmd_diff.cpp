#include "cli/cmd_diff.hpp"

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/drift_command.hpp"
#include "cli/load_source.hpp"

namespace driftgate::cli {

namespace {

/// What `diff` was asked for.
struct DiffArgs {
  std::string from;
  std::string to;
  DriftArgs drift;
};

ExitCode run_diff(const DiffArgs& args, const GlobalOptions& options) {
  const SourceOptions live = source_options(args.drift);
  const auto [from, to] = load_sources([&] { return load_source(args.from, options, live); },
                                       [&] { return load_source(args.to, options, live); });
  report_diagnostics(from, options);
  report_diagnostics(to, options);
  return report_drift(from, to, args.drift, options);
}

}  // namespace

std::function<ExitCode()> add_diff_command(CLI::App& app, const GlobalOptions& options) {
  auto args = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand("diff", "Show the drift between two sources: what TO lacks, has "
                                         "in excess or has different from FROM");
  cmd->add_option("FROM", args->from,
                  "The expected schema: git:REV | worktree | snapshot:FILE | postgresql://… | env:NAME")
      ->required();
  cmd->add_option("TO", args->to,
                  "The target compared with it: git:REV | worktree | snapshot:FILE | "
                  "postgresql://… | env:NAME")
      ->required();
  add_drift_options(*cmd, args->drift);
  cmd->footer(
      "Examples:\n"
      "  driftgate diff git:HEAD postgresql://app@db.example.com/shop   # definition vs database\n"
      "  driftgate diff git:origin/main worktree       # what your uncommitted edits change\n"
      "  driftgate diff worktree snapshot:prod.json --format json > drift.json\n"
      "  driftgate diff git:HEAD \"$DATABASE_URL\" --explain --strict-column-order\n"
      "  driftgate diff env:staging env:production --schema app   # two configured databases\n"
      "Exit codes: 0 no drift (uncompared items alone pass), 1 drift, 2 usage or input error, "
      "3 database unreachable or unreadable.");
  return [args, &options] { return run_diff(*args, options); };
}

}  // namespace driftgate::cli
