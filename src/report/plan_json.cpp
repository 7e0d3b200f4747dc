#include "report/plan_json.hpp"

#include "report/json_parts.hpp"

namespace driftgate::report {
namespace {

using namespace json_parts;

Json hazard_json(const plan::Hazard& hazard) {
  Json json = Json::object();
  json["code"] = hazard.code;
  json["message"] = hazard.message;
  json["blocks"] = hazard.blocks;
  json["estimated_rows"] = hazard.estimated_rows ? Json(*hazard.estimated_rows) : Json(nullptr);
  return json;
}

Json step_json(const plan::Step& step) {
  Json json = Json::object();
  json["change"] = std::string(plan::change_class_name(step.change));
  json["phase"] = std::string(plan::phase_name(step.phase));
  json["allowed"] = step.allowed;
  json["concurrent"] = step.concurrent;
  json["sql"] = step.sql;
  json["lock"] = non_empty(step.lock);
  json["object"] = object_json(step.object, step.display_name);
  json["fixes"] = step.fixes;
  json["location"] = location_json(step.location);
  Json hazards = Json::array();
  for (const plan::Hazard& hazard : step.hazards) hazards.push_back(hazard_json(hazard));
  json["hazards"] = std::move(hazards);
  return json;
}

Json not_planned_json(const diff::DriftItem& item) {
  Json json = Json::object();
  json["fixes"] = plan::fixes_text(item);
  json["object"] = object_json(item.object, item.display_name);
  json["reason"] = item.kind == diff::DriftKind::Uncompared ? item.reason : item.fix_note;
  return json;
}

}  // namespace

std::string plan_to_json(const plan::Plan& plan, const std::optional<AppliedSummary>& applied) {
  const plan::PlanOptions& options = plan.options;
  const plan::StepCounts counts = plan::count_steps(plan);
  Json json = Json::object();
  json["format"] = kPlanFormat;
  json["commit"] = non_empty(plan.commit_sha);
  json["target"] = plan.target;
  json["fingerprint"] = plan.fingerprint;
  json["options"] = Json{{"allow_alter", options.allow_alter},
                         {"allow_drop", options.allow_drop},
                         {"concurrent_indexes", options.concurrent_indexes}};
  json["counts"] = Json{{"to_run", counts.to_run},
                        {"skipped", counts.skipped},
                        {"hazards", counts.hazards},
                        {"blocking", counts.blocking},
                        {"present", plan.present.size()},
                        {"not_planned", plan.not_planned.size()}};
  Json steps = Json::array();
  for (const plan::Step& step : plan.steps) steps.push_back(step_json(step));
  json["steps"] = std::move(steps);
  json["present"] = plan.present;
  Json not_planned = Json::array();
  for (const auto& item : plan.not_planned) not_planned.push_back(not_planned_json(item));
  json["not_planned"] = std::move(not_planned);
  if (applied) {
    json["applied"] = Json{{"statements_run", applied->statements_run},
                           {"indexes_built_concurrently", applied->indexes_built_concurrently},
                           {"invalid_indexes_rebuilt", applied->invalid_indexes_rebuilt},
                           {"elapsed_ms", applied->elapsed_ms}};
  }
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace driftgate::report
