#pragma once

#include <string>

namespace driftgate::model {

/// Where an object was defined: a file of the definition (at a commit) and a 1-based line/column.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;

  bool empty() const { return file.empty(); }
  bool operator==(const SourceLocation&) const = default;
};

}  // namespace driftgate::model
