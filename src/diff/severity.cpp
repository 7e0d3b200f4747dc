#include "diff/severity.hpp"

namespace driftgate::diff {

Severity severity_of(const DriftItem& item) {
  switch (item.kind) {
    case DriftKind::Uncompared: return Severity::Info;
    case DriftKind::Unexpected: return Severity::Warning;
    case DriftKind::Missing: return Severity::Error;
    case DriftKind::Changed: break;
  }
  switch (item.attribute) {
    case Attribute::Comment:
    case Attribute::ColumnOrder:
    case Attribute::ExtensionVersion:
      return Severity::Info;
    case Attribute::NotValid:
      // The target still has rows nobody checked; the reverse is stricter than asked.
      return item.safety == SafetyClass::Additive ? Severity::Info : Severity::Warning;
    default:
      return Severity::Error;
  }
}

}  // namespace driftgate::diff
