#include "cli/cmd_docs.hpp"

#include <map>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "alembic/consistency.hpp"
#include "cli/expression_comparator_choice.hpp"
#include "cli/load_documentation.hpp"
#include "cli/load_source.hpp"
#include "cli/output.hpp"
#include "cli/terminal.hpp"
#include "report/docs_json.hpp"
#include "report/docs_text.hpp"

namespace driftgate::cli {

namespace {

/// What `docs` was asked for.
struct DocsArgs {
  std::string rev = "HEAD";
  std::string alembic;  ///< --alembic; empty = the config's [documentation] alembic
  alembic::Strictness strictness = alembic::Strictness::Loose;
  Format format = Format::Text;
};

report::DocsReport build_report(const LoadedSource& definition, LoadedDocumentation& documentation,
                                const DocsArgs& args) {
  report::DocsReport report;
  report.definition = {definition.description, definition.commit_sha};
  report.documentation = {documentation.description, documentation.commit_sha};
  report.folder = documentation.folder;
  report.strictness = args.strictness;
  const alembic::DocumentedSchema& schema = documentation.schema;
  for (std::size_t index : schema.graph.order) {
    const alembic::RevisionFile& file = schema.files[index];
    report.revisions.push_back({file.revision, file.down_revisions, file.message, file.path, file.upgrade.size()});
  }
  report.heads = schema.graph.heads;
  report.files = schema.files.size();
  report.operations = schema.operations;
  report.understood = schema.understood;
  report.findings = schema.findings;
  LoadedSource documented;
  documented.catalog = schema.catalog;
  documented.description = documentation.description;
  const auto comparator = make_expression_comparator(definition, documented);
  report.items = alembic::check_consistency(definition.catalog, schema.catalog, *comparator, args.strictness);
  return report;
}

ExitCode run_docs(const DocsArgs& args, const GlobalOptions& options) {
  const LoadedSource definition = load_source("git:" + args.rev, options);
  report_diagnostics(definition, options);
  LoadedDocumentation documentation = load_documentation(args.rev, args.alembic, options);
  const report::DocsReport report = build_report(definition, documentation, args);
  std::string text;
  if (args.format == Format::Json) {
    text = report::docs_to_json(report);
  } else {
    const TerminalStyle terminal = terminal_style(stdout, options.color, !options.output_file.empty());
    report::DriftTextStyle style;
    style.glyphs = terminal.unicode ? report::TreeGlyphs::Unicode : report::TreeGlyphs::Ascii;
    style.colour = terminal.color ? report::Colour::On : report::Colour::Off;
    text = report::docs_to_text(report, style);
  }
  write_result(options, text);
  return report::docs_consistent(report) ? ExitCode::Ok : ExitCode::Drift;
}

}  // namespace

std::function<ExitCode()> add_docs_command(CLI::App& app, const GlobalOptions& options) {
  auto args = std::make_shared<DocsArgs>();
  auto* cmd = app.add_subcommand(
      "docs", "Alembic documentation consistency: replay the versions folder at a commit, check its revision "
              "graph, compare the schema it documents with the definition; exit 1 when inconsistent");
  cmd->add_option("--rev", args->rev, "Commit whose definition and documentation are compared (default HEAD)");
  cmd->add_option("--alembic", args->alembic,
                  "The Alembic versions folder, relative to the project directory (default: [documentation] "
                  "alembic in driftgate.toml)");
  cmd->add_option("--strictness", args->strictness,
                  "loose (default): undocumented or stale tables and columns fail, type/nullability/index "
                  "differences warn; strict: every difference fails")
      ->transform(CLI::CheckedTransformer(std::map<std::string, alembic::Strictness>{
                                              {"loose", alembic::Strictness::Loose},
                                              {"strict", alembic::Strictness::Strict}},
                                          CLI::ignore_case));
  cmd->add_option("--format", args->format, "text (default) or json (schema/docs-report.schema.json)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Format>{{"text", Format::Text}, {"json", Format::Json}},
                                          CLI::ignore_case));
  cmd->footer(
      "Examples:\n"
      "  driftgate docs --alembic src/backend/alembic/versions\n"
      "  driftgate docs --rev origin/main --format json --output docs.json\n"
      "  driftgate docs --strictness strict\n"
      "Exit codes: 0 documentation consistent, 1 inconsistent (undocumented or stale tables/columns, "
      "several heads, missing parent, duplicate revision, cycle; with --strictness strict any difference), "
      "2 usage or input error (no folder, unknown commit, definition that does not parse).");
  return [args, &options] { return run_docs(*args, options); };
}

}  // namespace driftgate::cli
