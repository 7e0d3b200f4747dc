#pragma once

#include <string>
#include <vector>

#include "plan/plan.hpp"
#include "report/plan_json.hpp"
#include "report/marks.hpp"
#include "report/text_tree.hpp"

namespace driftgate::report {

/// How plan_to_text writes.
struct PlanTextStyle {
  TreeGlyphs glyphs = TreeGlyphs::Unicode;
  Colour colour = Colour::Off;
};

/// The dry run for people, like the sync workflow it replaces: the source and target, `✓` for
/// every definition object already present, `ℹ` for each statement that would run (with its
/// SQL and lock), `⚠` for hazards, for steps skipped until `--allow` names their class and for
/// drift nothing can be planned for, then a summary line with counts. Deterministic.
std::string plan_to_text(const plan::Plan& plan, const std::string& source,
                         const PlanTextStyle& style);

/// What an apply did: the source and target, each statement that ran (`✓`), each step skipped
/// until `--allow` names its class and each item nothing was planned for (`⚠`), then a summary
/// with counts per change class, statements run and time taken.
std::string applied_to_text(const plan::Plan& plan, const std::string& source,
                            const AppliedSummary& applied, const PlanTextStyle& style);

/// The statements that would run, as one script for psql: BEGIN, the definition's search
/// path, every allowed step in order, COMMIT, then the CONCURRENTLY index builds (which cannot
/// run in a transaction). Skipped steps appear as comments.
std::string plan_to_sql(const plan::Plan& plan, const std::vector<std::string>& search_path);

}  // namespace driftgate::report
