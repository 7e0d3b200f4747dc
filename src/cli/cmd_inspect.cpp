#include "cli/cmd_inspect.hpp"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/drift_command.hpp"
#include "cli/load_source.hpp"
#include "cli/output.hpp"
#include "cli/terminal.hpp"
#include "model/catalog_json.hpp"
#include "model/ddl.hpp"
#include "report/catalog_text.hpp"

namespace driftgate::cli {

namespace {

/// What `inspect` was asked for.
struct InspectArgs {
  std::string source;
  Format format = Format::Text;
  int connect_timeout_seconds = 10;  ///< for live sources
  std::vector<std::string> schemas;           ///< --schema
  std::vector<std::string> excluded_schemas;  ///< --exclude-schema
};

ExitCode run_inspect(const InspectArgs& args, const GlobalOptions& options) {
  SourceOptions live;
  live.connect_timeout = std::chrono::seconds(args.connect_timeout_seconds);
  live.schemas.include = args.schemas;
  live.schemas.exclude = args.excluded_schemas;
  auto loaded = load_source(args.source, options, live);
  report_diagnostics(loaded, options);
  std::string text;
  switch (args.format) {
    case Format::Json:
      text = model::catalog_to_json(loaded.catalog, model::JsonStyle::Pretty);
      break;
    case Format::Sql:
      text = model::catalog_to_sql(loaded.catalog);
      break;
    case Format::Text:
    case Format::Markdown: {
      auto style = terminal_style(stdout, options.color, !options.output_file.empty());
      text = report::catalog_to_text(loaded.catalog, style.unicode ? report::TreeGlyphs::Unicode
                                                                   : report::TreeGlyphs::Ascii);
      break;
    }
  }
  write_result(options, text);
  return ExitCode::Ok;
}

}  // namespace

std::function<ExitCode()> add_inspect_command(CLI::App& app, const GlobalOptions& options) {
  auto args = std::make_shared<InspectArgs>();
  auto* cmd = app.add_subcommand("inspect", "Print a source's model as text, JSON or SQL DDL");
  cmd->add_option("SOURCE", args->source,
                  "git:REV | worktree | snapshot:FILE | postgresql://…")
      ->required();
  cmd->add_option("--format", args->format, "text (default), json (a snapshot), sql (DDL)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{{"text", Format::Text}, {"json", Format::Json},
                                        {"sql", Format::Sql}},
          CLI::ignore_case));
  cmd->add_option("--connect-timeout", args->connect_timeout_seconds,
                  "Seconds to wait for a database connection (default 10)")
      ->check(CLI::Range(1, 3600));
  add_schema_options(*cmd, args->schemas, args->excluded_schemas);
  cmd->footer(
      "Examples:\n"
      "  driftgate inspect worktree                    # the definition on disk, as a tree\n"
      "  driftgate inspect git:HEAD~1 --format json    # at a commit, as a model snapshot\n"
      "  driftgate inspect git:origin/main --format sql > schema.sql\n"
      "  driftgate inspect snapshot:model.json\n"
      "  driftgate inspect postgresql://app@db.example.com/shop --format json > live.json");
  return [args, &options] { return run_inspect(*args, options); };
}

}  // namespace driftgate::cli
