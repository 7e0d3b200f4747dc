#pragma once

#include <optional>
#include <string>

#include "model/source_location.hpp"

namespace driftgate::model {

/// An installed extension. Objects it owns are never part of the model.
struct Extension {
  std::string name;
  std::string schema;                   ///< schema it was created in
  std::optional<std::string> version;   ///< only when the definition pins one
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const Extension&) const = default;
};

}  // namespace driftgate::model
