#include <algorithm>

#include "diff/diff_context.hpp"
#include "diff/map_walk.hpp"
#include "diff/object_summary.hpp"

namespace driftgate::diff {
namespace {

ObjectId enum_id(const model::QualifiedName& name) {
  return ObjectId{ObjectKind::Enum, name.schema, "", name.name};
}

// Whether `labels` appear in `all` in the same relative order, so the missing ones can be added
// in place (ALTER TYPE … ADD VALUE … BEFORE/AFTER) without removing or moving any.
bool is_ordered_subset(const std::vector<std::string>& labels,
                       const std::vector<std::string>& all) {
  auto position = all.begin();
  for (const auto& label : labels) {
    position = std::find(position, all.end(), label);
    if (position == all.end()) return false;
    ++position;
  }
  return true;
}

}  // namespace

void diff_enums(DiffContext& context) {
  walk_maps(
      context.expected.enums, context.actual.enums,
      [&](const model::EnumType& type) {
        context.add_missing(enum_id(type.name), type.location, enum_labels_summary(type.labels));
      },
      [&](const model::EnumType& type) {
        context.add_unexpected(enum_id(type.name), type.location,
                               enum_labels_summary(type.labels));
      },
      [&](const model::EnumType& expected, const model::EnumType& actual) {
        const ObjectId id = enum_id(expected.name);
        const auto& location = either_location(expected.location, actual.location);
        // Labels can only be added in place; removing or reordering one rebuilds the type.
        const SafetyClass safety = is_ordered_subset(actual.labels, expected.labels)
                                       ? SafetyClass::Additive
                                       : SafetyClass::Destroys;
        context.add_comparison(id, Attribute::EnumLabels,
                               compare_values(expected.labels == actual.labels,
                                              enum_labels_summary(expected.labels),
                                              enum_labels_summary(actual.labels)),
                               safety, location);
        compare_comment(context, id, expected.comment, actual.comment, location);
      });
}

}  // namespace driftgate::diff
