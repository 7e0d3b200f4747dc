#pragma once

#include <optional>
#include <string>

#include "plan/build_plan.hpp"
#include "plan/plan.hpp"

namespace driftgate::report {

/// The format a plan file declares; apply --plan reads only this one.
inline constexpr const char* kPlanFormat = "driftgate.plan/1";

/// What an apply did, added to the plan's JSON by `apply --format json`.
struct AppliedSummary {
  int statements_run = 0;
  int indexes_built_concurrently = 0;
  std::vector<std::string> invalid_indexes_rebuilt;
  long long elapsed_ms = 0;
};

/// The plan as JSON (`"format": "driftgate.plan/1"`, described by schema/plan.schema.json):
/// commit, target (no password), fingerprint, options, counts, the steps in order with their
/// SQL, change class, phase, lock, hazards and the item each fixes, the definition objects
/// already present, and the drift nothing was planned for. With `applied`, also what an apply
/// did. Deterministic for a given plan.
std::string plan_to_json(const plan::Plan& plan,
                         const std::optional<AppliedSummary>& applied = std::nullopt);

}  // namespace driftgate::report
