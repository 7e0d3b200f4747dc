#pragma once

#include <vector>

#include "diff/drift_item.hpp"
#include "model/catalog.hpp"
#include "plan/plan.hpp"

namespace driftgate::plan {

/// The steps that bring `actual` (the live database) to `expected` (the definition), derived
/// from the drift `items` diff_catalogs found between them: missing objects are created with
/// guarded statements (IF NOT EXISTS, or a DO block probing the catalog), in dependency order;
/// changed and unexpected ones get their fix statements, allowed only as `options` says. Pure:
/// hazards, fingerprint, commit and target are filled in by the caller. Deterministic.
Plan build_plan(const model::Catalog& expected, const model::Catalog& actual,
                const std::vector<diff::DriftItem>& items, const PlanOptions& options);

}  // namespace driftgate::plan
