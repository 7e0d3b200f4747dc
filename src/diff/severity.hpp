#pragma once

#include "diff/drift_item.hpp"

namespace driftgate::diff {

/// How much `item` matters: uncompared items and cosmetic changes (comments, column order, a
/// validated constraint the definition marks NOT VALID, an extension's version) are Info;
/// unexpected objects are Warning; anything missing or different is Error.
Severity severity_of(const DriftItem& item);

}  // namespace driftgate::diff
