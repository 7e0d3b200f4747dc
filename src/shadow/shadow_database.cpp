#include "shadow/shadow_database.hpp"

#include <unistd.h>

#include <chrono>
#include <memory>

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "introspect/connection_target.hpp"
#include "introspect/environment_error.hpp"
#include "introspect/introspect.hpp"
#include "model/identifier.hpp"
#include "shadow/cleanup_watcher.hpp"
#include "util/error.hpp"

namespace driftgate::shadow {
namespace {

constexpr std::string_view kPrefix = "driftgate_shadow_";
constexpr long long kLeftoverAgeSeconds = 120;

long long now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::unique_ptr<pqxx::connection> connect_admin(const std::string& url, const std::string& target) {
  try {
    return std::make_unique<pqxx::connection>(
        introspect::with_connect_options(url, std::chrono::seconds(10)));
  } catch (const std::exception& e) {
    throw introspect::connect_error(target, introspect::redact_password(e.what(), url));
  }
}

// Drops shadow databases an interrupted run left behind: named by this scheme, older than two
// minutes (a run in progress is younger), nobody connected.
void drop_leftovers(pqxx::connection& conn) {
  pqxx::nontransaction ntx(conn);
  const pqxx::result rows = ntx.exec(
      "SELECT d.datname FROM pg_catalog.pg_database d WHERE d.datname LIKE 'driftgate\\_shadow\\_%' "
      "AND NOT EXISTS (SELECT FROM pg_catalog.pg_stat_activity a WHERE a.datname = d.datname) "
      "ORDER BY 1");
  for (const auto& row : rows) {
    const std::string name = row[0].as<std::string>();
    const long long created = std::atoll(name.c_str() + kPrefix.size());
    if (created <= 0 || now_seconds() - created < kLeftoverAgeSeconds) continue;
    ntx.exec("DROP DATABASE IF EXISTS " + ntx.quote_name(name));
  }
}

// Runs `script` in one transaction on `url`; a statement PostgreSQL refuses is an Error whose
// message is PostgreSQL's.
void run_script(const std::string& url, const std::string& script) {
  try {
    pqxx::connection conn(introspect::with_connect_options(url, std::chrono::seconds(10)));
    pqxx::work tx(conn);
    tx.exec(script);
    tx.commit();
  } catch (const pqxx::failure& e) {
    throw Error(ExitCode::Environment, introspect::clean_server_message(e.what()));
  }
}

// Builds `definition` in the (empty) database at `shadow_url` and reads it back.
ShadowBuild build_in(const std::string& shadow_url, const model::Catalog& definition,
                     const apply::DriftOf& drift_of, const std::vector<std::string>& search_path,
                     const SessionSettings& session) {
  ShadowBuild build;
  try {
    // The shadow is fresh and private: the sync's plan runs as one script in one transaction
    // (no lock, no hazards, no verification: reading it back is the check).
    apply::PlanRequest request;
    request.definition = &definition;
    request.url = shadow_url;
    request.drift_of = drift_of;
    const plan::Plan plan = apply::plan_database(request);
    std::string script = "SET LOCAL search_path = ";
    for (std::size_t i = 0; i < search_path.size(); ++i) {
      script += (i == 0 ? "" : ", ") + model::quote_ident(search_path[i]);
    }
    script += search_path.empty() ? "pg_catalog;\n" : ";\n";
    if (!session.timezone.empty()) script += "SET LOCAL TimeZone = " + model::quote_literal(session.timezone) + ";\n";
    if (!session.datestyle.empty()) script += "SET LOCAL DateStyle = " + model::quote_literal(session.datestyle) + ";\n";
    for (const plan::Step& step : plan.steps) {
      if (step.change == plan::ChangeClass::Create) script += step.sql + "\n";
    }
    run_script(shadow_url, script);
    build.catalog = introspect::introspect_database(shadow_url, introspect::IntrospectOptions{});
  } catch (const Error& error) {
    build.note = std::string("PostgreSQL did not accept the definition in the shadow database: ") +
                 error.what();
  }
  return build;
}

}  // namespace

void drop_shadow_database(const std::string& url, const std::string& name) {
  pqxx::connection conn(introspect::with_connect_options(url, std::chrono::seconds(10)));
  pqxx::nontransaction ntx(conn);
  ntx.exec("DROP DATABASE IF EXISTS " + ntx.quote_name(name) + " WITH (FORCE)");
}

ShadowBuild build_shadow(const std::string& dev_url, const model::Catalog& definition,
                         const apply::DriftOf& drift_of,
                         const std::vector<std::string>& search_path,
                         const SessionSettings& session, ShadowPlace place) {
  if (place == ShadowPlace::GivenDatabase) return build_in(dev_url, definition, drift_of, search_path, session);
  const std::string target =
      introspect::describe_target(introspect::parse_connection_target(dev_url));
  const std::string name =
      std::string(kPrefix) + std::to_string(now_seconds()) + "_" + std::to_string(getpid());
  {
    auto admin = connect_admin(dev_url, target);
    try {
      drop_leftovers(*admin);
      pqxx::nontransaction ntx(*admin);
      ntx.exec("CREATE DATABASE " + ntx.quote_name(name));
    } catch (const pqxx::sql_error& e) {
      throw Error(ExitCode::Environment,
                  fmt::format("cannot create a shadow database on the dev server ({}): {}\nThe "
                              "dev URL's role needs CREATEDB (or superuser) there; give another "
                              "--dev-url, use --dev-url ephemeral, or pass --offline.",
                              target, introspect::clean_server_message(e.what())));
    } catch (const pqxx::failure&) {
      throw introspect::catalog_read_error(target);
    }
  }
  // From here on the database is dropped whatever happens, also if driftgate is killed.
  CleanupWatcher watcher(CleanupTask{"drop-database", {dev_url, name}});
  ShadowBuild build =
      build_in(introspect::with_database(dev_url, name), definition, drift_of, search_path, session);
  try {
    drop_shadow_database(dev_url, name);
  } catch (const std::exception&) {
    return build;  // the watcher, or the next run, drops it
  }
  watcher.dismiss();
  return build;
}

}  // namespace driftgate::shadow
