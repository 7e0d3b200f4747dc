#include "report/json_parts.hpp"

namespace driftgate::report::json_parts {

Json optional_text(const std::optional<std::string>& text) {
  return text ? Json(*text) : Json(nullptr);
}

Json non_empty(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json object_json(const diff::ObjectId& object, const std::string& display_name) {
  Json json = Json::object();
  json["kind"] = std::string(diff::object_kind_name(object.kind));
  json["schema"] = non_empty(object.schema);
  json["table"] = non_empty(object.table);
  json["name"] = object.name;
  json["display_name"] = display_name;
  return json;
}

Json source_json(const SourceDescription& source) {
  Json json = Json::object();
  json["source"] = source.description;
  json["commit"] = non_empty(source.commit_sha);
  return json;
}

Json location_json(const model::SourceLocation& location) {
  if (location.empty()) return nullptr;
  Json json = Json::object();
  json["file"] = location.file;
  json["line"] = location.line;
  json["column"] = location.column;
  return json;
}

}  // namespace driftgate::report::json_parts
