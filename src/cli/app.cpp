#include "cli/app.hpp"

#include <functional>
#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/cmd_apply.hpp"
#include "cli/cmd_check.hpp"
#include "cli/cmd_diff.hpp"
#include "cli/cmd_docs.hpp"
#include "cli/cmd_inspect.hpp"
#include "cli/cmd_plan.hpp"
#include "cli/global_options.hpp"

namespace driftgate::cli {

namespace {

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--config", options.config_file,
                 "Configuration file (default: driftgate.toml at the repository root)");
  app.add_option("--output", options.output_file, "Write the result to FILE instead of stdout");
  app.add_option("--color", options.color, "Colour in text output: auto, always, never")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, ColorMode>{{"auto", ColorMode::Auto},
                                           {"always", ColorMode::Always},
                                           {"never", ColorMode::Never}},
          CLI::ignore_case));
  app.add_flag("-q,--quiet", options.quiet, "Print nothing but errors on stderr");
  app.add_flag("-v,--verbose", options.verbose, "Also list what was skipped");
}

}  // namespace

ExitCode run(int argc, char** argv) {
  CLI::App app{"driftgate keeps PostgreSQL schemas honest: it reads the schema declared in SQL "
               "files at any git commit and compares it with what databases really have."};
  app.name("driftgate");
  app.set_version_flag("--version", std::string("driftgate ") + DRIFTGATE_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Examples:\n"
             "  driftgate inspect worktree\n"
             "  driftgate inspect git:HEAD~1 --format json\n"
             "  driftgate diff git:HEAD postgresql://app@db.example.com/shop\n"
             "  DATABASE_URL=postgresql://app@db/shop driftgate check\n"
             "  driftgate docs --alembic alembic/versions\n"
             "Exit codes: 0 ok, 1 drift, 2 usage/input error, 3 database unreachable, "
             "4 apply refused (docs/exit-codes.md)");

  GlobalOptions options;
  add_global_options(app, options);
  std::map<CLI::App*, std::function<ExitCode()>> commands;
  auto inspect = add_inspect_command(app, options);
  commands[app.get_subcommand("inspect")] = inspect;
  auto diff = add_diff_command(app, options);
  commands[app.get_subcommand("diff")] = diff;
  auto check = add_check_command(app, options);
  commands[app.get_subcommand("check")] = check;
  auto plan = add_plan_command(app, options);
  commands[app.get_subcommand("plan")] = plan;
  auto apply = add_apply_command(app, options);
  commands[app.get_subcommand("apply")] = apply;
  auto docs = add_docs_command(app, options);
  commands[app.get_subcommand("docs")] = docs;

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? ExitCode::Ok : ExitCode::Input;
  }
  for (auto* sub : app.get_subcommands()) {
    auto found = commands.find(sub);
    if (found != commands.end()) return found->second();
  }
  return ExitCode::Input;
}

}  // namespace driftgate::cli
