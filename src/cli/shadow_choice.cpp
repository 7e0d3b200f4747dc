#include "cli/shadow_choice.hpp"

#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "cli/expression_comparator_choice.hpp"
#include "cli/output.hpp"
#include "diff/diff_catalogs.hpp"
#include "diff/shadow_decisions.hpp"
#include "introspect/connection_target.hpp"
#include "shadow/ephemeral_server.hpp"
#include "shadow/shadow_database.hpp"
#include "shadow/shadow_subset.hpp"
#include "source/redact_url.hpp"
#include "util/error.hpp"

namespace driftgate::cli {
namespace {

constexpr const char* kEphemeral = "ephemeral";

bool same_database(const std::string& dev_url, const std::string& target_url) {
  const auto dev = introspect::parse_connection_target(dev_url);
  const auto target = introspect::parse_connection_target(target_url);
  return introspect::describe_target({dev.host, dev.port, dev.database, ""}) ==
         introspect::describe_target({target.host, target.port, target.database, ""});
}

}  // namespace

void decide_through_shadow(const LoadedSource& from, const LoadedSource& to, const DriftArgs& args,
                           const GlobalOptions& options, report::DriftReport& report) {
  const bool uncompared = std::any_of(report.items.begin(), report.items.end(), [](const auto& item) {
    return item.kind == diff::DriftKind::Uncompared;
  });
  if (args.offline) {
    if (uncompared) report.shadow.note = "--offline: no shadow database decided the uncompared items";
    return;
  }
  const bool automatic = args.dev_url.empty();
  if (!automatic && args.dev_url != kEphemeral && !to.url.empty() && same_database(args.dev_url, to.url)) {
    throw input_error(
        "--dev-url points at the database being compared (" + source::redact_url(to.url) +
        "): the shadow creates and drops databases on its server and never touches the target. "
        "Give a scratch database on another server or under another name, or --dev-url ephemeral");
  }
  if (!uncompared) return;
  if (!from.is_definition) {
    report.shadow.note = "the expected side is not a definition, so no shadow database can build it";
    return;
  }
  if (automatic && from.shadow_default == "off") {
    report.shadow.note =
        "no shadow database ([shadow] default = \"off\" in driftgate.toml); --dev-url URL or "
        "--dev-url ephemeral decides the uncompared items";
    return;
  }

  std::unique_ptr<shadow::EphemeralServer> server;
  std::string url = args.dev_url;
  if (automatic || url == kEphemeral) {
    if (automatic && shadow::installed_servers().empty()) {
      report.shadow.note =
          "no PostgreSQL server is installed here for a throwaway shadow database; give "
          "--dev-url URL of a scratch database to decide uncompared items";
      return;
    }
    const int target_major = to.server_version / 10000;
    server = shadow::EphemeralServer::start(target_major);
    url = server->url();
    report.shadow.server = fmt::format("ephemeral PostgreSQL {}", server->major());
    if (target_major != 0 && server->major() != target_major) {
      log_line(options, fmt::format(
                            "driftgate: note: the shadow PostgreSQL is {}, the target runs {}: texts "
                            "PostgreSQL prints can differ between major versions",
                            server->major(), target_major));
    }
  } else {
    report.shadow.server = source::redact_url(url);
  }

  // Only what the undecided items need goes into the shadow: its cost follows them, not the
  // size of the definition.
  const model::Catalog subset = shadow::shadow_subset(from.catalog, report.items);
  const auto drift_of = [&from, &subset](const model::Catalog& live) {
    const auto comparator = make_expression_comparator(subset, live, from.search_path);
    return diff::diff_catalogs(subset, live, *comparator, diff::DiffOptions{});
  };
  // Literals are read as the target's sessions read them (apply would run there).
  const shadow::ShadowBuild build =
      shadow::build_shadow(url, subset, drift_of, from.search_path, {to.timezone, to.datestyle},
                           server ? shadow::ShadowPlace::GivenDatabase : shadow::ShadowPlace::NewDatabase);
  if (!build.catalog) {
    report.shadow.note = build.note;
    log_line(options, "driftgate: warning: " + build.note);
    return;
  }
  const model::Catalog target = shadow::narrowed_to(to.catalog, subset);
  const auto comparator = make_expression_comparator(*build.catalog, target, {"public"});
  const auto shadow_items = diff::diff_catalogs(*build.catalog, target, *comparator, report.options);
  diff::ShadowDecisions decisions = diff::decide_with_shadow(report.items, shadow_items);
  report.items = std::move(decisions.items);
  report.shadow.decided_equal = std::move(decisions.decided_equal);
  report.shadow.used = true;
}

}  // namespace driftgate::cli
