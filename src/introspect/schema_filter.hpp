#pragma once

#include <string>
#include <vector>

namespace driftgate::introspect {

/// Which schemas introspection reads: every non-system schema, narrowed to `include` when it is
/// not empty, minus `exclude`. Names are exact and raw (as PostgreSQL stores them, `MyApp` for a
/// quoted mixed-case name).
struct SchemaFilter {
  std::vector<std::string> include;  ///< empty: all schemas
  std::vector<std::string> exclude;  ///< wins over include

  /// Whether objects of `schema` are read.
  bool admits(const std::string& schema) const;
};

}  // namespace driftgate::introspect
