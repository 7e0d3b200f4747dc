#include "cli/cmd_check.hpp"

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/drift_command.hpp"
#include "cli/load_source.hpp"
#include "cli/target_url.hpp"
#include "util/error.hpp"

namespace driftgate::cli {

namespace {

/// What `check` was asked for.
struct CheckArgs {
  std::string rev = "HEAD";
  TargetArgs target;
  DriftArgs drift;
};

ExitCode run_check(const CheckArgs& args, const GlobalOptions& options) {
  // The database first: a missing URL is an input error before any git work is done.
  const std::string url = target_url(args.target, options, "check");
  const SourceOptions sources = source_options(args.drift);
  const auto [definition, database] =
      load_sources([&] { return load_source("git:" + args.rev, options, sources); },
                   [&] { return load_database(url, sources); });
  report_diagnostics(definition, options);
  return report_drift(definition, database, args.drift, options);
}

}  // namespace

std::function<ExitCode()> add_check_command(CLI::App& app, const GlobalOptions& options) {
  auto args = std::make_shared<CheckArgs>();
  auto* cmd = app.add_subcommand(
      "check", "The gate: compare the definition at a commit with a live database; exit 1 on drift");
  cmd->add_option("--rev", args->rev, "Commit whose definition is expected (default HEAD)");
  add_target_options(*cmd, args->target);
  add_drift_options(*cmd, args->drift);
  cmd->footer(
      "Examples:\n"
      "  DATABASE_URL=postgresql://app@db.example.com/shop driftgate check\n"
      "  driftgate check --rev origin/main --url postgresql://ci@localhost/shop_test\n"
      "  driftgate check --format json --output drift.json   # for CI artifacts\n"
      "Exit codes: 0 no drift (uncompared items alone pass), 1 drift, 2 usage or input error "
      "(also: no URL given), 3 database unreachable, authentication or permission failure, "
      "timeout.");
  return [args, &options] { return run_check(*args, options); };
}

}  // namespace driftgate::cli
