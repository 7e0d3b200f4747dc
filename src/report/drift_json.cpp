#include "report/drift_json.hpp"

#include <nlohmann/json.hpp>

#include "diff/drift_counts.hpp"
#include "report/json_parts.hpp"

namespace driftgate::report {
namespace {

using namespace json_parts;

Json item_json(const diff::DriftItem& item) {
  Json json = Json::object();
  json["object"] = object_json(item.object, item.display_name);
  json["kind"] = std::string(diff::drift_kind_name(item.kind));
  json["attribute"] = item.attribute == diff::Attribute::None
                          ? Json(nullptr)
                          : Json(std::string(diff::attribute_name(item.attribute)));
  json["expected"] = optional_text(item.expected);
  json["actual"] = optional_text(item.actual);
  json["expected_raw"] = optional_text(item.expected_raw);
  json["actual_raw"] = optional_text(item.actual_raw);
  json["reason"] = non_empty(item.reason);
  json["decided_by"] = item.decided_by
                           ? Json(std::string(diff::decided_by_name(*item.decided_by)))
                           : Json(nullptr);
  json["severity"] = std::string(diff::severity_name(item.severity));
  json["safety"] = std::string(diff::safety_name(item.safety));
  json["location"] = location_json(item.location);
  Json fix = Json::object();
  fix["statements"] = item.fix_sql;
  fix["note"] = non_empty(item.fix_note);
  json["fix"] = fix;
  return json;
}

}  // namespace

std::string drift_to_json(const DriftReport& report) {
  const diff::DriftCounts counts = diff::count_items(report.items);
  Json json = Json::object();
  json["format"] = std::string(kReportFormat);
  json["from"] = source_json(report.from);
  json["to"] = source_json(report.to);
  json["options"] = Json{{"strict_column_order",
                          report.options.column_order == diff::ColumnOrder::Strict}};
  json["drift"] = counts.drift() > 0;
  json["counts"] = Json{{"missing", counts.missing},
                        {"unexpected", counts.unexpected},
                        {"changed", counts.changed},
                        {"uncompared", counts.uncompared},
                        {"drift", counts.drift()}};
  Json items = Json::array();
  for (const auto& item : report.items) items.push_back(item_json(item));
  json["items"] = std::move(items);
  Json equal = Json::array();
  for (const diff::ShadowEqual& decided : report.shadow.decided_equal) {
    Json entry = Json::object();
    entry["object"] = object_json(decided.object, decided.display_name);
    entry["attribute"] = std::string(diff::attribute_name(decided.attribute));
    entry["expected_raw"] = decided.expected_raw;
    entry["actual_raw"] = decided.actual_raw;
    equal.push_back(std::move(entry));
  }
  json["shadow"] = Json{{"used", report.shadow.used},
                        {"server", non_empty(report.shadow.server)},
                        {"note", non_empty(report.shadow.note)},
                        {"decided_equal", std::move(equal)}};
  // Text from a database in SQL_ASCII may not be UTF-8: replaced, never a crash.
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace driftgate::report
