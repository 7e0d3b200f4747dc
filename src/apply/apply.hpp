#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diff/drift_item.hpp"
#include "introspect/schema_filter.hpp"
#include "model/catalog.hpp"
#include "plan/build_plan.hpp"
#include "plan/hazards.hpp"
#include "plan/plan.hpp"

namespace driftgate::apply {

/// The drift from the definition to a live model (diff_catalogs with the right comparator);
/// the CLI supplies it so this module needs no knowledge of comparators.
using DriftOf = std::function<std::vector<diff::DriftItem>(const model::Catalog& live)>;

/// What a plan is computed from, for `plan` and `apply` alike.
struct PlanRequest {
  const model::Catalog* definition = nullptr;  ///< what the database should hold
  std::string url;                    ///< the target database (libpq URI or key=value)
  DriftOf drift_of;
  plan::PlanOptions options;
  plan::HazardThresholds thresholds;
  introspect::SchemaFilter schemas;
  std::chrono::seconds connect_timeout{10};
};

/// The plan for the database at `request.url`, computed in one REPEATABLE READ READ ONLY
/// transaction: introspection, drift, steps, hazards and the live schema's fingerprint. The
/// caller fills in the commit. Throws an Error with ExitCode::Environment when the database
/// cannot be reached or read.
plan::Plan plan_database(const PlanRequest& request);

/// How apply runs.
struct ApplyOptions {
  std::chrono::seconds lock_wait{60};  ///< --lock-wait: for another apply's advisory lock
  std::chrono::milliseconds lock_timeout{10'000};        ///< SET lock_timeout, per statement
  std::chrono::milliseconds statement_timeout{900'000};  ///< SET statement_timeout
  std::vector<std::string> search_path = {"public"};     ///< the definition's, for its texts
  std::optional<plan::Plan> reviewed;  ///< --plan: must match what is computed now
};

/// What an apply did.
struct ApplyResult {
  plan::Plan plan;                  ///< as computed inside the transaction
  int statements_run = 0;           ///< in the transaction and after it
  int indexes_built_concurrently = 0;
  std::vector<std::string> invalid_indexes_rebuilt;  ///< left by an earlier failed build
  std::chrono::milliseconds elapsed{0};
};

/// Brings the database at `request.url` to the definition: takes driftgate's advisory lock
/// (waiting up to `options.lock_wait`), recomputes the plan inside one transaction, refuses if
/// a reviewed plan no longer matches or a hazard says a step would fail, runs every allowed
/// step (indexes marked concurrent after the commit, one at a time), commits, and verifies by
/// introspecting again that the drift the plan addressed is gone. Any failure rolls everything
/// back and throws an Error with ExitCode::Apply naming the statement and PostgreSQL's message;
/// an unreachable database is ExitCode::Environment.
ApplyResult apply_definition(const PlanRequest& request, const ApplyOptions& options);

}  // namespace driftgate::apply
