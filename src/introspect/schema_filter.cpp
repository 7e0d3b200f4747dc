#include "introspect/schema_filter.hpp"

#include <algorithm>

namespace driftgate::introspect {

bool SchemaFilter::admits(const std::string& schema) const {
  auto listed = [&](const std::vector<std::string>& names) {
    return std::find(names.begin(), names.end(), schema) != names.end();
  };
  if (listed(exclude)) return false;
  return include.empty() || listed(include);
}

}  // namespace driftgate::introspect
