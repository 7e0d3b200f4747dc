#pragma once

#include <string>

namespace driftgate::test {

/// What validating a document against one of the schemas in schema/ found.
struct SchemaValidation {
  bool valid = false;
  std::string errors;  ///< one line per error: JSON path and message ("" when valid)
};

/// Validates `json_text` against `schema/<schema_file>` (JSON Schema draft 2020-12) with
/// python3-jsonschema, after checking the schema itself. Fails the test when the validator
/// cannot run at all.
SchemaValidation validate_against_schema(const std::string& json_text,
                                         const std::string& schema_file);

}  // namespace driftgate::test
