#include "cli/cmd_apply.hpp"

#include <fstream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/output.hpp"
#include "cli/sync_command.hpp"
#include "plan/plan_file.hpp"
#include "report/plan_json.hpp"
#include "report/plan_text.hpp"
#include "util/error.hpp"

namespace driftgate::cli {

namespace {

/// What `apply` was asked for.
struct ApplyArgs {
  SyncArgs sync;
  std::string plan_file;      ///< --plan FILE
  bool require_plan = false;  ///< --require-plan
  int lock_wait_seconds = 60;
  int lock_timeout_seconds = 10;
  int statement_timeout_seconds = 900;
};

std::string read_plan_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw input_error("cannot read the plan file " + path +
                      ": check the path (plan files are written by `driftgate plan --out FILE`)");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

ExitCode run_apply(const ApplyArgs& args, const GlobalOptions& options) {
  if (args.require_plan && args.plan_file.empty()) {
    throw input_error(
        "apply --require-plan accepts only a reviewed dry run: make one with `driftgate plan "
        "--out plan.json`, review it, then run `driftgate apply --plan plan.json`");
  }
  SyncArgs sync_args = args.sync;
  std::string rev = sync_args.rev;
  apply::ApplyOptions apply_options;
  if (!args.plan_file.empty()) {
    plan::Plan reviewed = plan::plan_from_json(read_plan_file(args.plan_file), args.plan_file);
    if (reviewed.commit_sha.empty()) {
      throw input_error(args.plan_file + ": the plan names no commit; make it again with `driftgate plan --out`");
    }
    rev = reviewed.commit_sha;
    // The reviewed plan's options are the ones it was computed with.
    sync_args.allow.clear();
    if (reviewed.options.allow_alter) sync_args.allow.push_back("alter");
    if (reviewed.options.allow_drop) sync_args.allow.push_back("drop");
    sync_args.concurrent_indexes = reviewed.options.concurrent_indexes;
    apply_options.reviewed = std::move(reviewed);
  }
  const SyncRequest sync = sync_request(sync_args, rev, options, "apply");
  apply_options.lock_wait = std::chrono::seconds(args.lock_wait_seconds);
  apply_options.lock_timeout = std::chrono::seconds(args.lock_timeout_seconds);
  apply_options.statement_timeout = std::chrono::seconds(args.statement_timeout_seconds);
  apply_options.search_path = sync.definition.search_path;

  apply::ApplyResult result = apply::apply_definition(plan_request(sync), apply_options);
  result.plan.commit_sha = sync.definition.commit_sha;

  report::AppliedSummary applied;
  applied.statements_run = result.statements_run;
  applied.indexes_built_concurrently = result.indexes_built_concurrently;
  applied.invalid_indexes_rebuilt = result.invalid_indexes_rebuilt;
  applied.elapsed_ms = result.elapsed.count();
  std::string text;
  if (args.sync.format == "json") {
    text = report::plan_to_json(result.plan, applied);
  } else {
    text = report::applied_to_text(result.plan, sync.definition.description, applied, plan_text_style(options));
  }
  write_result(options, text);
  return ExitCode::Ok;
}

}  // namespace

std::function<ExitCode()> add_apply_command(CLI::App& app, const GlobalOptions& options) {
  auto args = std::make_shared<ApplyArgs>();
  auto* cmd = app.add_subcommand(
      "apply", "Bring a database to the definition: create what it lacks in one transaction, "
               "then verify");
  add_sync_options(*cmd, args->sync);
  cmd->add_option("--format", args->sync.format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--plan", args->plan_file,
                  "Apply this reviewed dry run (from `plan --out`); refused if the database "
                  "changed since")
      ->excludes("--rev");
  cmd->add_flag("--require-plan", args->require_plan, "Refuse to run without --plan");
  cmd->add_option("--lock-wait", args->lock_wait_seconds,
                  "Seconds to wait for another apply to finish (default 60; 0: do not wait)")
      ->check(CLI::Range(0, 86400));
  cmd->add_option("--lock-timeout", args->lock_timeout_seconds,
                  "Seconds a statement may wait for a table lock (default 10)")
      ->check(CLI::Range(1, 86400));
  cmd->add_option("--statement-timeout", args->statement_timeout_seconds,
                  "Seconds a statement may run (default 900)")
      ->check(CLI::Range(1, 86400));
  cmd->footer(
      "Examples:\n"
      "  DATABASE_URL=postgresql://app@db/shop driftgate apply     # create what is missing\n"
      "  driftgate plan --out plan.json && driftgate apply --plan plan.json   # reviewed\n"
      "  driftgate apply --allow alter --concurrent-indexes\n"
      "Exit codes: 0 every allowed step ran and verified (skipped alter/drop steps are listed), "
      "2 input error, 3 database unreachable, 4 refused, rolled back, or verification failed.");
  return [args, &options] { return run_apply(*args, options); };
}

}  // namespace driftgate::cli
