#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "model/catalog.hpp"

namespace driftgate::model {

/// The version tag every model document carries in its top-level "format" key.
inline constexpr std::string_view model_format = "driftgate.model/1";

/// How catalog_to_json lays out its text.
enum class JsonStyle { Pretty, Compact };

/// The model as a JSON document (schema/model.schema.json), ending in a newline. Lossless and
/// deterministic: object kinds are arrays sorted by identity (schema, then name), every object
/// is a JSON object with sorted keys that always holds every field (null when absent), and
/// enums are lower-case words ("primary_key", "by_default").
std::string catalog_to_json(const Catalog& catalog, JsonStyle style);

/// The same document as a JSON value, for embedding in a larger report.
nlohmann::json catalog_to_json_value(const Catalog& catalog);

/// Reads a document written by catalog_to_json back into the model. `origin` names where the text
/// came from (a snapshot file) for messages. Malformed JSON, a wrong or missing "format", a
/// missing or unknown key, a value of the wrong type or a duplicate object throw an input Error
/// naming `origin`, the JSON Pointer of the value and what was expected there.
Catalog catalog_from_json(std::string_view text, const std::string& origin);

/// catalog_from_json for a document that is already parsed (e.g. embedded in a plan file).
Catalog catalog_from_json_value(const nlohmann::json& document, const std::string& origin);

}  // namespace driftgate::model
