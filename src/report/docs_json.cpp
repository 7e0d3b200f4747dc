#include "report/docs_json.hpp"

#include <nlohmann/json.hpp>

#include "report/json_parts.hpp"

namespace driftgate::report {
namespace {

using namespace json_parts;

Json finding_json(const alembic::Finding& finding) {
  Json json = Json::object();
  json["level"] = finding.level == alembic::FindingLevel::Error ? "error" : "warning";
  json["category"] = finding.category;
  json["location"] = location_json(finding.location);
  json["revision"] = non_empty(finding.revision);
  json["message"] = finding.message;
  json["call"] = non_empty(finding.call_text);
  json["files"] = finding.files;
  return json;
}

Json item_json(const alembic::ConsistencyItem& entry) {
  const diff::DriftItem& item = entry.item;
  Json object = Json::object();
  object["kind"] = std::string(diff::object_kind_name(item.object.kind));
  object["schema"] = non_empty(item.object.schema);
  object["table"] = non_empty(item.object.table);
  object["name"] = item.object.name;
  object["display_name"] = item.display_name;
  Json json = Json::object();
  json["category"] = std::string(alembic::category_name(entry.category));
  json["level"] = std::string(diff::severity_name(entry.level));
  json["object"] = std::move(object);
  json["attribute"] = item.attribute == diff::Attribute::None ? Json(nullptr)
                                                              : Json(std::string(diff::attribute_name(item.attribute)));
  json["definition"] = optional_text(item.expected);
  json["documentation"] = optional_text(item.actual);
  const bool stale = entry.category == alembic::ConsistencyCategory::StaleDocumentation;
  json["defined_at"] = stale ? Json(nullptr) : location_json(item.location);
  json["documented_at"] = location_json(entry.documented_at);
  return json;
}

}  // namespace

std::string docs_to_json(const DocsReport& report) {
  const DocsCounts counts = count_docs(report);
  Json json = Json::object();
  json["format"] = std::string(kDocsReportFormat);
  json["definition"] = source_json(report.definition);
  json["documentation"] = source_json(report.documentation);
  json["folder"] = report.folder;
  json["strictness"] = report.strictness == alembic::Strictness::Strict ? "strict" : "loose";
  json["consistent"] = docs_consistent(report);
  Json count_json = Json::object();
  count_json["files"] = report.files;
  count_json["revisions"] = report.revisions.size();
  count_json["operations"] = report.operations;
  count_json["understood"] = report.understood;
  count_json["graph_errors"] = counts.graph_errors;
  count_json["not_understood"] = counts.not_understood;
  count_json["undocumented"] = counts.undocumented;
  count_json["stale_documentation"] = counts.stale;
  count_json["differences"] = counts.differences;
  count_json["errors"] = counts.errors;
  count_json["warnings"] = counts.warnings;
  json["counts"] = std::move(count_json);
  Json revisions = Json::array();
  for (const auto& revision : report.revisions) {
    Json entry = Json::object();
    entry["revision"] = revision.revision;
    entry["down_revisions"] = revision.down_revisions;
    entry["message"] = non_empty(revision.message);
    entry["file"] = revision.file;
    entry["operations"] = revision.operations;
    revisions.push_back(std::move(entry));
  }
  json["revisions"] = std::move(revisions);
  json["heads"] = report.heads;
  Json findings = Json::array();
  for (const auto& finding : report.findings) findings.push_back(finding_json(finding));
  json["findings"] = std::move(findings);
  Json items = Json::array();
  for (const auto& item : report.items) items.push_back(item_json(item));
  json["items"] = std::move(items);
  return json.dump(2) + "\n";
}

}  // namespace driftgate::report
