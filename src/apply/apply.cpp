#include "apply/apply.hpp"

#include <memory>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <pqxx/pqxx>

#include "introspect/connection_target.hpp"
#include "introspect/environment_error.hpp"
#include "introspect/introspect_transaction.hpp"
#include "introspect/transaction_live_data.hpp"
#include "model/identifier.hpp"
#include "plan/fingerprint.hpp"
#include "source/redact_url.hpp"
#include "util/error.hpp"

namespace driftgate::apply {
namespace {

/// driftgate's advisory lock key: the bytes of "driftgat". Two applies never run at once.
constexpr long long kAdvisoryLockKey = 0x6472696674676174LL;

Error apply_error(const std::string& message) { return Error(ExitCode::Apply, message); }

std::unique_ptr<pqxx::connection> connect(const PlanRequest& request, const std::string& target) {
  try {
    return std::make_unique<pqxx::connection>(
        introspect::with_connect_options(request.url, request.connect_timeout));
  } catch (const std::exception& e) {
    throw introspect::connect_error(target, introspect::redact_password(e.what(), request.url));
  }
}

/// The live model and the plan computed from it inside one transaction.
struct Computed {
  model::Catalog live;
  plan::Plan plan;
};

Computed compute(pqxx::transaction_base& tx, const PlanRequest& request) {
  introspect::IntrospectStats stats;
  Computed computed;
  computed.live = introspect::introspect_transaction(tx, request.schemas, stats);
  const auto items = request.drift_of(computed.live);
  computed.plan = plan::build_plan(*request.definition, computed.live, items, request.options);
  introspect::TransactionLiveData data(tx);
  plan::add_hazards(computed.plan, *request.definition, computed.live, data, request.thresholds);
  computed.plan.fingerprint = plan::schema_fingerprint(computed.live);
  computed.plan.target = source::redact_url(request.url);
  return computed;
}

std::string millis(std::chrono::milliseconds value) { return std::to_string(value.count()); }

// Waits for driftgate's session advisory lock, trying every 200 ms until `wait` has passed.
void take_advisory_lock(pqxx::connection& conn, std::chrono::seconds wait, const std::string& target) {
  const auto deadline = std::chrono::steady_clock::now() + wait;
  while (true) {
    {
      pqxx::nontransaction ntx(conn);
      if (ntx.exec1("SELECT pg_try_advisory_lock(" + std::to_string(kAdvisoryLockKey) + ")")[0]
              .as<bool>()) {
        return;
      }
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      throw apply_error(fmt::format(
          "another driftgate apply is running on {} (it holds driftgate's advisory lock; waited "
          "{} s): nothing was applied. Run again when it has finished, or wait longer with "
          "--lock-wait SECONDS.", target, wait.count()));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

// `SET [LOCAL] search_path = …`: the definition's texts (views, CHECKs, defaults) name objects
// the way its files do, so they run under its search path.
std::string search_path_sql(const std::vector<std::string>& schemas, bool local) {
  std::string list;
  for (const std::string& schema : schemas) {
    list += (list.empty() ? "" : ", ") + model::quote_ident(schema);
  }
  return std::string(local ? "SET LOCAL" : "SET") + " search_path = " +
         (list.empty() ? std::string("pg_catalog") : list);
}

std::string step_label(const plan::Plan& plan, const plan::Step& step) {
  const auto position = static_cast<std::size_t>(&step - plan.steps.data()) + 1;
  return fmt::format("step {} of {} ({})", position, plan.steps.size(), step.fixes);
}

void refuse_if_blocked(const plan::Plan& plan) {
  std::string reasons;
  for (const plan::Step& step : plan.steps) {
    if (!step.allowed) continue;
    for (const plan::Hazard& hazard : step.hazards) {
      if (hazard.blocks) reasons += "\n  " + step_label(plan, step) + ": " + hazard.message;
    }
  }
  if (!reasons.empty()) {
    throw apply_error("refused: these steps would fail on the data the database holds, so "
                      "nothing was applied:" + reasons);
  }
}

void check_reviewed(const plan::Plan& reviewed, const plan::Plan& now) {
  if (reviewed.fingerprint != now.fingerprint) {
    throw apply_error(fmt::format(
        "the database changed since this plan was made (its schema fingerprint was {}, it is "
        "now {}): nothing was applied. Make a new plan with `driftgate plan --out`, review it, "
        "and apply that.", reviewed.fingerprint, now.fingerprint));
  }
  if (reviewed.steps.size() != now.steps.size() ||
      !std::equal(reviewed.steps.begin(), reviewed.steps.end(), now.steps.begin(),
                  [](const plan::Step& a, const plan::Step& b) {
                    return a.sql == b.sql && a.allowed == b.allowed;
                  })) {
    throw apply_error(
        "the plan computed now differs from the reviewed plan although the database did not "
        "change (another definition commit, or other --allow / --concurrent-indexes options?): "
        "nothing was applied. Make a new plan with the same options and apply that.");
  }
}

bool is_index_creation(const plan::Step& step) {
  return step.object.kind == diff::ObjectKind::Index && !step.comment &&
         step.item_kind == diff::DriftKind::Missing;
}

bool is_invalid_index(pqxx::transaction_base& tx, const diff::ObjectId& index) {
  return tx
      .exec1("SELECT EXISTS (SELECT FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON "
             "c.oid = i.indexrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
             "WHERE NOT i.indisvalid AND n.nspname = " + tx.quote(index.schema) +
             " AND c.relname = " + tx.quote(index.name) + ")")[0]
      .as<bool>();
}

std::string index_sql_name(const diff::ObjectId& index) {
  return model::to_sql(model::QualifiedName{index.schema, index.name});
}

/// Runs a plan's statements, remembering which one is running for error messages.
class Runner {
 public:
  Runner(const plan::Plan& plan, std::string target, ApplyResult& result)
      : plan_(plan), target_(std::move(target)), result_(result) {}

  // Every allowed step that runs in the transaction.
  void run_in_transaction(pqxx::transaction_base& tx) {
    for (const plan::Step& step : plan_.steps) {
      if (!step.allowed || step.concurrent) continue;
      current_ = &step;
      if (is_index_creation(step) && is_invalid_index(tx, step.object)) {
        tx.exec("DROP INDEX " + index_sql_name(step.object));
        result_.invalid_indexes_rebuilt.push_back(step.display_name);
      }
      tx.exec(step.sql);
      ++result_.statements_run;
    }
    current_ = nullptr;
  }

  // Indexes built CONCURRENTLY after the commit, one at a time, each checked to be valid.
  void run_concurrent(pqxx::connection& conn, const std::vector<std::string>& search_path) {
    bool path_set = false;
    for (const plan::Step& step : plan_.steps) {
      if (!step.allowed || !step.concurrent) continue;
      current_ = &step;
      pqxx::nontransaction ntx(conn);
      if (!path_set) {
        ntx.exec(search_path_sql(search_path, false));
        path_set = true;
      }
      if (is_invalid_index(ntx, step.object)) {
        ntx.exec("DROP INDEX CONCURRENTLY IF EXISTS " + index_sql_name(step.object));
        result_.invalid_indexes_rebuilt.push_back(step.display_name);
      }
      ntx.exec(step.sql);
      ++result_.statements_run;
      ++result_.indexes_built_concurrently;
      if (is_invalid_index(ntx, step.object)) {
        throw apply_error(fmt::format(
            "{} on {}: the concurrent build left the index INVALID (it serves no queries). The "
            "transaction's changes are committed; run apply again to drop and rebuild it.",
            step_label(plan_, step), target_));
      }
    }
    current_ = nullptr;
  }

  // The exception being handled, as the Error apply reports. Call only inside a catch block.
  Error failure(bool committed) const {
    const std::string where =
        current_ == nullptr ? std::string("while preparing")
                            : step_label(plan_, *current_) + ":\n  " + current_->sql;
    const std::string outcome =
        committed ? "The transaction's changes were committed before; this index was not built."
                  : "Nothing was applied: the transaction was rolled back.";
    try {
      throw;
    } catch (const pqxx::in_doubt_error& e) {
      return apply_error(fmt::format(
          "lost the connection to {} while committing: whether the changes were applied is "
          "unknown. Run `driftgate check` to see the database's state. ({})",
          target_, introspect::clean_server_message(e.what())));
    } catch (const pqxx::broken_connection& e) {
      return apply_error(fmt::format("lost the connection to {} {}\n{}\n{} (connection: {})",
                                     target_, where, outcome,
                                     committed ? "" : "PostgreSQL rolls back an unfinished transaction.",
                                     introspect::clean_server_message(e.what())));
    } catch (const pqxx::sql_error& e) {
      return apply_error(fmt::format("{} failed on {}\nPostgreSQL said: {} (SQLSTATE {})\n{}",
                                     where, target_, introspect::clean_server_message(e.what()),
                                     e.sqlstate(), outcome));
    } catch (const std::exception& e) {
      return apply_error(fmt::format("{} failed on {}: {}\n{}", where, target_,
                                     introspect::clean_server_message(e.what()), outcome));
    }
  }

 private:
  const plan::Plan& plan_;
  std::string target_;
  ApplyResult& result_;
  const plan::Step* current_ = nullptr;
};

// After the commit: the drift every step that ran was meant to fix must be gone.
void verify(const PlanRequest& request, const plan::Plan& plan, const std::string& target) {
  const plan::Plan after = plan_database(request);
  std::set<std::string> fixed;
  for (const plan::Step& step : plan.steps) {
    if (step.allowed) fixed.insert(step.fixes);
  }
  std::string left;
  for (const plan::Step& step : after.steps) {
    if (fixed.count(step.fixes) > 0) {
      left += "\n  " + step.fixes;
      fixed.erase(step.fixes);
    }
  }
  if (!left.empty()) {
    throw apply_error("verification failed: after applying, " + target +
                      " still shows drift the plan addressed:" + left +
                      "\nThe changes are committed; run `driftgate check --explain` to see why.");
  }
}

}  // namespace

plan::Plan plan_database(const PlanRequest& request) {
  const std::string target =
      introspect::describe_target(introspect::parse_connection_target(request.url));
  auto conn = connect(request, target);
  try {
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*conn);
    Computed computed = compute(tx, request);
    tx.commit();
    return std::move(computed.plan);
  } catch (const Error&) {
    throw;
  } catch (const pqxx::failure&) {
    throw introspect::catalog_read_error(target);
  }
}

ApplyResult apply_definition(const PlanRequest& request, const ApplyOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  const std::string target =
      introspect::describe_target(introspect::parse_connection_target(request.url));
  auto conn = connect(request, target);
  ApplyResult result;
  try {
    take_advisory_lock(*conn, options.lock_wait, target);
  } catch (const Error&) {
    throw;
  } catch (const pqxx::failure&) {
    throw introspect::catalog_read_error(target);
  }

  Computed computed;
  {
    pqxx::work tx(*conn);
    try {
      tx.exec("SET LOCAL lock_timeout = " + millis(options.lock_timeout));
      tx.exec("SET LOCAL statement_timeout = " + millis(options.statement_timeout));
      computed = compute(tx, request);
    } catch (const Error&) {
      throw;
    } catch (const pqxx::failure&) {
      throw introspect::catalog_read_error(target);
    }
    result.plan = computed.plan;
    if (options.reviewed) check_reviewed(*options.reviewed, result.plan);
    refuse_if_blocked(result.plan);
    Runner runner(result.plan, target, result);
    try {
      tx.exec(search_path_sql(options.search_path, true));
      runner.run_in_transaction(tx);
      tx.commit();
    } catch (...) {
      throw runner.failure(false);
    }
    Runner after_commit(result.plan, target, result);
    try {
      after_commit.run_concurrent(*conn, options.search_path);
    } catch (const Error&) {
      throw;
    } catch (...) {
      throw after_commit.failure(true);
    }
  }
  verify(request, result.plan, target);
  result.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - started);
  return result;
}

}  // namespace driftgate::apply
