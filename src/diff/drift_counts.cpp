#include "diff/drift_counts.hpp"

namespace driftgate::diff {

DriftCounts count_items(const std::vector<DriftItem>& items) {
  DriftCounts counts;
  for (const auto& item : items) {
    switch (item.kind) {
      case DriftKind::Missing: ++counts.missing; break;
      case DriftKind::Unexpected: ++counts.unexpected; break;
      case DriftKind::Changed: ++counts.changed; break;
      case DriftKind::Uncompared: ++counts.uncompared; break;
    }
  }
  return counts;
}

}  // namespace driftgate::diff
