#include "cli/cmd_plan.hpp"

#include <fstream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/output.hpp"
#include "cli/sync_command.hpp"
#include "report/plan_json.hpp"
#include "report/plan_text.hpp"
#include "util/error.hpp"

namespace driftgate::cli {

namespace {

/// What `plan` was asked for.
struct PlanArgs {
  SyncArgs sync;
  std::string out;  ///< --out FILE
};

void write_plan_file(const std::string& path, const std::string& json) {
  std::ofstream out(path, std::ios::binary);
  out << json;
  if (!out) {
    throw input_error("cannot write the plan to " + path +
                      ": check that its folder exists and is writable");
  }
}

/// Whether a plan leaves drift: steps to run or skipped, or drift nothing can fix.
bool leaves_drift(const plan::Plan& plan) {
  if (!plan.steps.empty()) return true;
  return std::any_of(plan.not_planned.begin(), plan.not_planned.end(),
                     [](const diff::DriftItem& item) { return diff::is_drift(item); });
}

ExitCode run_plan(const PlanArgs& args, const GlobalOptions& options) {
  const SyncRequest sync = sync_request(args.sync, args.sync.rev, options, "plan");
  plan::Plan plan = apply::plan_database(plan_request(sync));
  plan.commit_sha = sync.definition.commit_sha;
  if (!args.out.empty()) write_plan_file(args.out, report::plan_to_json(plan));

  std::string text;
  if (args.sync.format == "json") {
    text = report::plan_to_json(plan);
  } else if (args.sync.format == "sql") {
    text = report::plan_to_sql(plan, sync.definition.search_path);
  } else {
    text = report::plan_to_text(plan, sync.definition.description, plan_text_style(options));
  }
  write_result(options, text);
  return leaves_drift(plan) ? ExitCode::Drift : ExitCode::Ok;
}

}  // namespace

std::function<ExitCode()> add_plan_command(CLI::App& app, const GlobalOptions& options) {
  auto args = std::make_shared<PlanArgs>();
  auto* cmd = app.add_subcommand(
      "plan", "Dry run: the statements apply would run to bring a database to the definition");
  add_sync_options(*cmd, args->sync);
  cmd->add_option("--format", args->sync.format, "text (default), json, or sql (the script only)")
      ->check(CLI::IsMember({"text", "json", "sql"}));
  cmd->add_option("--out", args->out,
                  "Also write the plan as JSON (schema/plan.schema.json) for `apply --plan`");
  cmd->footer(
      "Examples:\n"
      "  DATABASE_URL=postgresql://app@db/shop driftgate plan\n"
      "  driftgate plan --url postgresql://app@db/shop --out plan.json   # review, then apply it\n"
      "  driftgate plan --format sql > sync.sql\n"
      "  driftgate plan --allow alter,drop      # also show what a full sync would change\n"
      "Exit codes: 0 nothing to do, 1 the database lacks or differs from the definition, 2 input "
      "error, 3 database unreachable.");
  return [args, &options] { return run_plan(*args, options); };
}

}  // namespace driftgate::cli
