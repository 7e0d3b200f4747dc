#include "report/plan_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/identifier.hpp"

namespace driftgate::report {
namespace {

std::string allow_word(plan::ChangeClass change) {
  return change == plan::ChangeClass::Drop ? "drop" : "alter";
}

// Drift no statement can fix (⚠), and items parsing could not compare (ℹ: never drift).
std::string not_planned_text(const plan::Plan& plan, const PlanTextStyle& style) {
  std::string text;
  for (const auto& item : plan.not_planned) {
    const bool uncompared = item.kind == diff::DriftKind::Uncompared;
    text += mark_text(uncompared ? Mark::Info : Mark::Warning, style.glyphs, style.colour) +
            (uncompared ? " not compared (never drift): " : " not planned: ") +
            plan::fixes_text(item) + "\n      " +
            indented(uncompared ? item.reason : item.fix_note, "      ") + "\n";
  }
  return text;
}

// Whether the plan leaves drift nothing will fix: not-planned items that are drift.
bool drift_not_planned(const plan::Plan& plan) {
  return std::any_of(plan.not_planned.begin(), plan.not_planned.end(),
                     [](const diff::DriftItem& item) { return diff::is_drift(item); });
}

std::string step_text(const plan::Step& step, const PlanTextStyle& style) {
  std::string text;
  const std::string sql = "      " + indented(step.sql, "      ") + "\n";
  if (step.allowed) {
    text += mark_text(Mark::Info, style.glyphs, style.colour) + " " +
            std::string(plan::change_class_name(step.change)) + ": " + step.fixes + "\n" + sql;
  } else {
    text += mark_text(Mark::Warning, style.glyphs, style.colour) + " skipped (needs --allow " +
            allow_word(step.change) + "): " + step.fixes + "\n" + sql;
  }
  if (!step.lock.empty()) text += "      lock: " + step.lock + "\n";
  if (step.concurrent) text += "      built CONCURRENTLY after the transaction commits\n";
  for (const plan::Hazard& hazard : step.hazards) {
    text += "  " + mark_text(Mark::Warning, style.glyphs, style.colour) + " " +
            (hazard.blocks ? "would fail: " : "hazard: ") + indented(hazard.message, "      ") +
            "\n";
  }
  return text;
}

}  // namespace

std::string plan_to_text(const plan::Plan& plan, const std::string& source,
                         const PlanTextStyle& style) {
  std::string text = "definition: " + source;
  if (!plan.commit_sha.empty()) text += " (commit " + plan.commit_sha + ")";
  text += "\ntarget:     " + plan.target + "\n";
  text += "schema fingerprint: " + plan.fingerprint + "\n\n";
  for (const std::string& present : plan.present) {
    text += mark_text(Mark::Ok, style.glyphs, style.colour) + " " + present + "\n";
  }
  if (!plan.present.empty()) text += "\n";
  for (const plan::Step& step : plan.steps) text += step_text(step, style);
  text += not_planned_text(plan, style);
  const plan::StepCounts counts = plan::count_steps(plan);
  const std::string tally = fmt::format(
      "{} to run, {} skipped (need --allow), {} hazard(s) ({} would fail), {} not planned, {} "
      "already present",
      counts.to_run, counts.skipped, counts.hazards, counts.blocking, plan.not_planned.size(),
      plan.present.size());
  const bool nothing = counts.to_run == 0 && counts.skipped == 0 && !drift_not_planned(plan);
  text += "\n" + mark_text(nothing ? Mark::Ok : Mark::Info, style.glyphs, style.colour) +
          (nothing ? " nothing to do: " : " plan: ") + tally + "\n";
  return text;
}

std::string applied_to_text(const plan::Plan& plan, const std::string& source,
                            const AppliedSummary& applied, const PlanTextStyle& style) {
  std::string text = "definition: " + source;
  if (!plan.commit_sha.empty()) text += " (commit " + plan.commit_sha + ")";
  text += "\ntarget:     " + plan.target + "\n\n";
  int created = 0;
  int altered = 0;
  int dropped = 0;
  for (const plan::Step& step : plan.steps) {
    if (!step.allowed) {
      text += mark_text(Mark::Warning, style.glyphs, style.colour) + " skipped (needs --allow " +
              allow_word(step.change) + "): " + step.fixes + "\n      " +
              indented(step.sql, "      ") + "\n";
      continue;
    }
    (step.change == plan::ChangeClass::Create ? created
     : step.change == plan::ChangeClass::Alter ? altered
                                               : dropped) += 1;
    text += mark_text(Mark::Ok, style.glyphs, style.colour) + " " +
            std::string(plan::change_class_name(step.change)) + ": " + step.fixes + "\n      " +
            indented(step.sql, "      ") + "\n";
  }
  for (const std::string& index : applied.invalid_indexes_rebuilt) {
    text += mark_text(Mark::Info, style.glyphs, style.colour) + " rebuilt " + index +
            ", left INVALID by an earlier failed build\n";
  }
  text += not_planned_text(plan, style);
  const plan::StepCounts counts = plan::count_steps(plan);
  if (counts.to_run == 0) {
    text += (plan.steps.empty() && plan.not_planned.empty() ? "" : "\n") +
            mark_text(Mark::Ok, style.glyphs, style.colour) +
            " nothing to do: the database already has everything the definition creates";
    if (counts.skipped > 0) text += fmt::format(" ({} step(s) skipped)", counts.skipped);
    return text + "\n";
  }
  text += "\n" + mark_text(Mark::Ok, style.glyphs, style.colour) +
          fmt::format(" applied {} statement(s) ({} create, {} alter, {} drop{}) in {:.1f} s; "
                      "verified: the drift they addressed is gone",
                      applied.statements_run, created, altered, dropped,
                      applied.indexes_built_concurrently > 0
                          ? fmt::format(", {} index(es) built concurrently",
                                        applied.indexes_built_concurrently)
                          : std::string(),
                      static_cast<double>(applied.elapsed_ms) / 1000.0);
  if (counts.skipped > 0) text += fmt::format("; {} step(s) skipped", counts.skipped);
  return text + "\n";
}

std::string plan_to_sql(const plan::Plan& plan, const std::vector<std::string>& search_path) {
  std::string path;
  for (const std::string& schema : search_path) {
    path += (path.empty() ? "" : ", ") + model::quote_ident(schema);
  }
  std::string text = "-- driftgate plan";
  if (!plan.commit_sha.empty()) text += " of commit " + plan.commit_sha;
  text += "\n-- target: " + plan.target + "\n-- schema fingerprint: " + plan.fingerprint +
          "\n-- every statement is guarded: the script is safe to run against any state\n";
  text += "BEGIN;\nSET LOCAL search_path = " + (path.empty() ? std::string("pg_catalog") : path) +
          ";\n";
  bool concurrent = false;
  for (const plan::Step& step : plan.steps) {
    if (step.concurrent && step.allowed) {
      concurrent = true;
      continue;
    }
    if (!step.allowed) {
      text += "-- skipped (needs --allow " + allow_word(step.change) + "): " + step.fixes + "\n";
      text += "-- " + indented(step.sql, "-- ") + "\n";
      continue;
    }
    text += step.sql + "\n";
  }
  text += "COMMIT;\n";
  if (concurrent) {
    text += "-- index builds that do not block writes (they cannot run inside a transaction)\n";
    text += "SET search_path = " + (path.empty() ? std::string("pg_catalog") : path) + ";\n";
    for (const plan::Step& step : plan.steps) {
      if (step.concurrent && step.allowed) text += step.sql + "\n";
    }
  }
  return text;
}

}  // namespace driftgate::report
