#include "diff/diff_context.hpp"
#include "diff/map_walk.hpp"
#include "diff/object_summary.hpp"
#include "model/identifier.hpp"

namespace driftgate::diff {
namespace {

ObjectId sequence_id(const model::QualifiedName& name) {
  return ObjectId{ObjectKind::Sequence, name.schema, "", name.name};
}

std::optional<std::string> owner_text(const std::optional<model::ColumnRef>& owner) {
  if (!owner) return std::nullopt;
  return model::to_sql(owner->table) + "." + model::quote_ident(owner->column);
}

}  // namespace

void diff_sequences(DiffContext& context) {
  walk_maps(
      context.expected.sequences, context.actual.sequences,
      [&](const model::Sequence& sequence) {
        context.add_missing(sequence_id(sequence.name), sequence.location,
                            sequence_options_summary(sequence.options));
      },
      [&](const model::Sequence& sequence) {
        context.add_unexpected(sequence_id(sequence.name), sequence.location,
                               sequence_options_summary(sequence.options));
      },
      [&](const model::Sequence& expected, const model::Sequence& actual) {
        const ObjectId id = sequence_id(expected.name);
        const auto& location = either_location(expected.location, actual.location);
        context.add_comparison(id, Attribute::SequenceOptions,
                               compare_values(expected.options == actual.options,
                                              sequence_options_summary(expected.options),
                                              sequence_options_summary(actual.options)),
                               SafetyClass::Alters, location);
        context.add_comparison(id, Attribute::OwnedBy,
                               compare_values(expected.owned_by == actual.owned_by,
                                              owner_text(expected.owned_by),
                                              owner_text(actual.owned_by)),
                               SafetyClass::Alters, location);
        compare_comment(context, id, expected.comment, actual.comment, location);
      });
}

}  // namespace driftgate::diff
