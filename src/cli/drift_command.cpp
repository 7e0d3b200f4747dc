#include "cli/drift_command.hpp"

#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/expression_comparator_choice.hpp"
#include "cli/output.hpp"
#include "cli/shadow_choice.hpp"
#include "cli/terminal.hpp"
#include "diff/diff_catalogs.hpp"
#include "diff/drift_counts.hpp"
#include "report/drift_json.hpp"
#include "report/drift_text.hpp"

namespace driftgate::cli {

void add_drift_options(CLI::App& command, DriftArgs& args) {
  command.add_option("--format", args.format, "text (default) or json (schema/report.schema.json)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{{"text", Format::Text}, {"json", Format::Json}},
          CLI::ignore_case));
  command.add_flag("--explain", args.explain,
                   "For changed and uncompared items, also show each side's raw text and the "
                   "normal form it became");
  command.add_flag("--strict-column-order", args.strict_column_order,
                   "Report tables whose columns stand in a different order");
  command
      .add_option("--connect-timeout", args.connect_timeout_seconds,
                  "Seconds to wait for a database connection (default 10)")
      ->check(CLI::Range(1, 3600));
  add_schema_options(command, args.schemas, args.excluded_schemas);
  auto* dev_url = command.add_option(
      "--dev-url", args.dev_url,
      "Scratch PostgreSQL where driftgate may build the definition to decide what parsing alone "
      "cannot (a URL, or `ephemeral` for a throwaway server of its own; default: ephemeral when "
      "needed and a server is installed)");
  command.add_flag("--offline", args.offline, "Never use a shadow database")->excludes(dev_url);
}

void add_schema_options(CLI::App& command, std::vector<std::string>& schemas,
                        std::vector<std::string>& excluded_schemas) {
  command.add_option("--schema", schemas,
                     "Compare only this schema (repeatable; the name as PostgreSQL stores it)")
      ->allow_extra_args(false);
  command.add_option("--exclude-schema", excluded_schemas, "Leave this schema out (repeatable)")
      ->allow_extra_args(false);
}

SourceOptions source_options(const DriftArgs& args) {
  SourceOptions result;
  result.connect_timeout = std::chrono::seconds(args.connect_timeout_seconds);
  result.schemas.include = args.schemas;
  result.schemas.exclude = args.excluded_schemas;
  return result;
}

ExitCode report_drift(const LoadedSource& from, const LoadedSource& to, const DriftArgs& args,
                      const GlobalOptions& options) {
  report::DriftReport drift_report;
  drift_report.from = {from.description, from.commit_sha};
  drift_report.to = {to.description, to.commit_sha};
  drift_report.options.column_order =
      args.strict_column_order ? diff::ColumnOrder::Strict : diff::ColumnOrder::Ignore;
  const auto comparator = make_expression_comparator(from, to);
  drift_report.items =
      diff::diff_catalogs(from.catalog, to.catalog, *comparator, drift_report.options);
  decide_through_shadow(from, to, args, options, drift_report);

  std::string text;
  if (args.format == Format::Json) {
    text = report::drift_to_json(drift_report);
  } else {
    const TerminalStyle terminal = terminal_style(stdout, options.color, !options.output_file.empty());
    report::DriftTextStyle style;
    style.glyphs = terminal.unicode ? report::TreeGlyphs::Unicode : report::TreeGlyphs::Ascii;
    style.colour = terminal.color ? report::Colour::On : report::Colour::Off;
    style.detail = args.explain ? report::Detail::Explain : report::Detail::Normal;
    text = report::drift_to_text(drift_report, style);
  }
  write_result(options, text);
  return diff::count_items(drift_report.items).drift() > 0 ? ExitCode::Drift : ExitCode::Ok;
}

}  // namespace driftgate::cli
