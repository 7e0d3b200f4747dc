#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/qualified_name.hpp"
#include "model/source_location.hpp"

namespace driftgate::model {

/// A `CREATE TYPE … AS ENUM` type; labels in their sort order.
struct EnumType {
  QualifiedName name;
  std::vector<std::string> labels;
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const EnumType&) const = default;
};

}  // namespace driftgate::model
