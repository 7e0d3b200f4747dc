#pragma once

#include <optional>
#include <string>

#include "model/qualified_name.hpp"
#include "model/source_location.hpp"

namespace driftgate::model {

/// A view or materialized view and its query text.
struct View {
  QualifiedName name;
  bool materialized = false;
  std::string definition;   ///< the SELECT, as text
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const View&) const = default;
};

}  // namespace driftgate::model
