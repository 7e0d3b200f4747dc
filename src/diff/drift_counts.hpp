#pragma once

#include <vector>

#include "diff/drift_item.hpp"

namespace driftgate::diff {

/// How many items of each kind a diff found.
struct DriftCounts {
  int missing = 0;
  int unexpected = 0;
  int changed = 0;
  int uncompared = 0;

  /// Items that are drift (everything but uncompared).
  int drift() const { return missing + unexpected + changed; }
  bool operator==(const DriftCounts&) const = default;
};

/// Counts `items` by kind.
DriftCounts count_items(const std::vector<DriftItem>& items);

}  // namespace driftgate::diff
