#pragma once

#include <string>

#include "plan/plan.hpp"

namespace driftgate::plan {

/// The plan a file written by `driftgate plan --out FILE` holds: commit, target, fingerprint
/// and each step's SQL, change class and whether it was allowed (what apply --plan checks
/// against the plan it computes). Throws an input Error naming `file_name` for a file that is
/// not JSON, declares another format, or lacks a field.
Plan plan_from_json(const std::string& text, const std::string& file_name);

}  // namespace driftgate::plan
