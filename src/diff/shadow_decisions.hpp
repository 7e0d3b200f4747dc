#pragma once

#include <string>
#include <vector>

#include "diff/drift_item.hpp"

namespace driftgate::diff {

/// An uncompared item the shadow database decided to be equal: it leaves the report's items,
/// and `--explain` lists it.
struct ShadowEqual {
  ObjectId object;
  std::string display_name;
  Attribute attribute = Attribute::None;
  std::string expected_raw;  ///< the definition's text
  std::string actual_raw;    ///< what the target printed (and the shadow printed alike)

  bool operator==(const ShadowEqual&) const = default;
};

/// The items of a comparison once the shadow has decided what parsing alone could not.
struct ShadowDecisions {
  std::vector<DriftItem> items;
  std::vector<ShadowEqual> decided_equal;
};

/// Whether the shadow database has the last word on `item`: an uncompared attribute, or an
/// expression text the parser found different.
bool needs_shadow(const DriftItem& item);

/// Resolves each uncompared item of `items` (definition vs target), and each expression the
/// parser found changed, with `shadow_items` (the definition as the shadow database printed it,
/// vs the same target): no item there for the same object and attribute means equal (listed in
/// decided_equal); a changed item there makes it changed, decided by the shadow, with the
/// shadow's normal form as expected and the shadow's fix; an item still uncompared there stays
/// uncompared. An item whose object (or its table) the shadow lacks is kept as it is. Other
/// items are kept as they are.
ShadowDecisions decide_with_shadow(const std::vector<DriftItem>& items,
                                   const std::vector<DriftItem>& shadow_items);

}  // namespace driftgate::diff
