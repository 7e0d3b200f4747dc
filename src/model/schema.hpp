#pragma once

#include <optional>
#include <string>

#include "model/source_location.hpp"

namespace driftgate::model {

/// A PostgreSQL schema (namespace).
struct Schema {
  std::string name;
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const Schema&) const = default;
};

}  // namespace driftgate::model
