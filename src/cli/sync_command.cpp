#include "cli/sync_command.hpp"

#include <memory>

#include <CLI/CLI.hpp>

#include "cli/drift_command.hpp"
#include "cli/expression_comparator_choice.hpp"
#include "cli/terminal.hpp"
#include "diff/diff_catalogs.hpp"

namespace driftgate::cli {

void add_sync_options(CLI::App& command, SyncArgs& args) {
  add_target_options(command, args.target);
  command.add_option("--rev", args.rev, "Commit whose definition to bring the database to (default HEAD)");
  command
      .add_option("--allow", args.allow,
                  "Also run steps of these classes: alter (change objects in place), drop "
                  "(destroy objects or data); comma-separated")
      ->delimiter(',')
      ->check(CLI::IsMember({"alter", "drop"}));
  command.add_flag("--concurrent-indexes", args.concurrent_indexes,
                   "Build indexes on existing tables with CREATE INDEX CONCURRENTLY after the "
                   "transaction commits (no write lock)");
  command
      .add_option("--connect-timeout", args.connect_timeout_seconds,
                  "Seconds to wait for the database connection (default 10)")
      ->check(CLI::Range(1, 3600));
  add_schema_options(command, args.schemas, args.excluded_schemas);
}

report::PlanTextStyle plan_text_style(const GlobalOptions& options) {
  const TerminalStyle terminal = terminal_style(stdout, options.color, !options.output_file.empty());
  report::PlanTextStyle style;
  style.glyphs = terminal.unicode ? report::TreeGlyphs::Unicode : report::TreeGlyphs::Ascii;
  style.colour = terminal.color ? report::Colour::On : report::Colour::Off;
  return style;
}

plan::PlanOptions plan_options(const SyncArgs& args) {
  plan::PlanOptions options;
  for (const std::string& word : args.allow) {
    if (word == "alter") options.allow_alter = true;
    if (word == "drop") options.allow_drop = true;
  }
  options.concurrent_indexes = args.concurrent_indexes;
  return options;
}

SyncRequest sync_request(const SyncArgs& args, const std::string& rev, const GlobalOptions& options,
                         const std::string& command) {
  SyncRequest sync;
  sync.url = target_url(args.target, options, command);
  sync.sources.connect_timeout = std::chrono::seconds(args.connect_timeout_seconds);
  sync.sources.schemas.include = args.schemas;
  sync.sources.schemas.exclude = args.excluded_schemas;
  sync.options = plan_options(args);
  sync.definition = load_source("git:" + rev, options, sync.sources);
  report_diagnostics(sync.definition, options);
  return sync;
}

apply::PlanRequest plan_request(const SyncRequest& sync) {
  apply::PlanRequest request;
  request.definition = &sync.definition.catalog;
  request.url = sync.url;
  request.options = sync.options;
  request.schemas = sync.sources.schemas;
  request.connect_timeout = sync.sources.connect_timeout;
  request.drift_of = [&sync](const model::Catalog& live) {
    const auto comparator =
        make_expression_comparator(sync.definition.catalog, live, sync.definition.search_path);
    return diff::diff_catalogs(sync.definition.catalog, live, *comparator, diff::DiffOptions{});
  };
  return request;
}

}  // namespace driftgate::cli
