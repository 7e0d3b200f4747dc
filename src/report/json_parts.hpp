#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "diff/object_id.hpp"
#include "model/source_location.hpp"
#include "report/drift_report.hpp"

// Pieces the JSON reports (drift, plan) write alike. Included only by report/*_json.cpp.

namespace driftgate::report::json_parts {

using Json = nlohmann::ordered_json;

/// The text, or null.
Json optional_text(const std::optional<std::string>& text);
/// The text, or null when it is empty.
Json non_empty(const std::string& text);
/// `{"kind", "schema", "table", "name", "display_name"}` of an object.
Json object_json(const diff::ObjectId& object, const std::string& display_name);
/// `{"file", "line", "column"}`, or null for no location.
Json location_json(const model::SourceLocation& location);
/// `{"source", "commit"}` of one side of a comparison (commit null when not a git source).
Json source_json(const SourceDescription& source);

}  // namespace driftgate::report::json_parts
