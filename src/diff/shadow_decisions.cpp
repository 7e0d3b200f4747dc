#include "diff/shadow_decisions.hpp"

#include <algorithm>

namespace driftgate::diff {

bool needs_shadow(const DriftItem& item) {
  return item.kind == DriftKind::Uncompared ||
         (item.kind == DriftKind::Changed && item.decided_by == normalize::DecidedBy::Parser);
}

ShadowDecisions decide_with_shadow(const std::vector<DriftItem>& items,
                                   const std::vector<DriftItem>& shadow_items) {
  ShadowDecisions decisions;
  for (const DriftItem& item : items) {
    // Uncompared items, and expression texts the parser found different: PostgreSQL's own
    // printing has the last word, so a parse that missed an equivalence never shows as drift.
    // The shadow decides only what it built: no object there, no decision.
    const ObjectId owner = owning_object(item.object);
    const auto absent = [&](const DriftItem& other) {
      return other.kind == DriftKind::Unexpected && (other.object == item.object || other.object == owner);
    };
    if (!needs_shadow(item) || std::any_of(shadow_items.begin(), shadow_items.end(), absent)) {
      decisions.items.push_back(item);
      continue;
    }
    const auto found = std::find_if(shadow_items.begin(), shadow_items.end(), [&](const DriftItem& other) {
      return other.object == item.object && other.attribute == item.attribute;
    });
    if (found == shadow_items.end()) {
      decisions.decided_equal.push_back(ShadowEqual{item.object, item.display_name, item.attribute,
                                                    item.expected_raw.value_or(""),
                                                    item.actual_raw.value_or("")});
      continue;
    }
    DriftItem decided = item;
    decided.decided_by = normalize::DecidedBy::Shadow;
    if (found->kind == DriftKind::Changed) {
      decided.kind = DriftKind::Changed;
      decided.expected = found->expected;
      decided.actual = found->actual;
      decided.reason.clear();
      decided.severity = found->severity;
      decided.safety = found->safety;
      decided.fix_sql = found->fix_sql;
      decided.fix_note = found->fix_note;
    } else {
      decided.reason = found->reason.empty() ? item.reason : found->reason;
    }
    decisions.items.push_back(std::move(decided));
  }
  return decisions;
}

}  // namespace driftgate::diff
