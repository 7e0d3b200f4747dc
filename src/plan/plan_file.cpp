#include "plan/plan_file.hpp"

#include <nlohmann/json.hpp>

#include "util/error.hpp"

namespace driftgate::plan {
namespace {

constexpr const char* kFormat = "driftgate.plan/1";

}  // namespace

Plan plan_from_json(const std::string& text, const std::string& file_name) {
  const std::string advice =
      " (a plan file is written by `driftgate plan --out FILE`; make it again)";
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& error) {
    throw input_error(file_name + ": not a plan file: " + error.what() + advice);
  }
  try {
    if (!json.is_object() || json.value("format", "") != kFormat) {
      throw input_error(file_name + ": not a plan file: its \"format\" is not \"" + kFormat +
                        "\"" + advice);
    }
    Plan plan;
    if (!json.at("commit").is_null()) plan.commit_sha = json.at("commit").get<std::string>();
    plan.target = json.at("target").get<std::string>();
    plan.fingerprint = json.at("fingerprint").get<std::string>();
    const auto& options = json.at("options");
    plan.options.allow_alter = options.at("allow_alter").get<bool>();
    plan.options.allow_drop = options.at("allow_drop").get<bool>();
    plan.options.concurrent_indexes = options.at("concurrent_indexes").get<bool>();
    for (const auto& entry : json.at("steps")) {
      Step step;
      step.sql = entry.at("sql").get<std::string>();
      step.allowed = entry.at("allowed").get<bool>();
      step.concurrent = entry.at("concurrent").get<bool>();
      step.fixes = entry.at("fixes").get<std::string>();
      const std::string change = entry.at("change").get<std::string>();
      step.change = change == "create" ? ChangeClass::Create
                    : change == "drop" ? ChangeClass::Drop
                                       : ChangeClass::Alter;
      plan.steps.push_back(std::move(step));
    }
    return plan;
  } catch (const nlohmann::json::exception& error) {
    throw input_error(file_name + ": a field of the plan is missing or of the wrong kind: " +
                      error.what() + advice);
  }
}

}  // namespace driftgate::plan
