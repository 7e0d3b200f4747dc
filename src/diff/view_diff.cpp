#include "diff/diff_context.hpp"
#include "diff/map_walk.hpp"

namespace driftgate::diff {
namespace {

ObjectId view_id(const model::View& view) {
  return ObjectId{view.materialized ? ObjectKind::MaterializedView : ObjectKind::View,
                  view.name.schema, "", view.name.name};
}

}  // namespace

void diff_views(DiffContext& context) {
  walk_maps(
      context.expected.views, context.actual.views,
      [&](const model::View& view) {
        context.add_missing(view_id(view), view.location, std::nullopt);
      },
      [&](const model::View& view) {
        context.add_unexpected(view_id(view), view.location, std::nullopt);
      },
      [&](const model::View& expected, const model::View& actual) {
        if (expected.materialized != actual.materialized) {
          // A view where a materialized view should be (or the reverse) is a different object.
          context.add_missing(view_id(expected), expected.location, std::nullopt);
          context.add_unexpected(view_id(actual), actual.location, std::nullopt);
          return;
        }
        const ObjectId id = view_id(expected);
        const auto& location = either_location(expected.location, actual.location);
        context.compare_expression(
            id, Attribute::ViewDefinition, expected.definition, actual.definition,
            normalize::ExpressionContext{normalize::ExpressionKind::ViewQuery, expected.name, ""},
            SafetyClass::Alters, location);
        compare_comment(context, id, expected.comment, actual.comment, location);
      });
}

}  // namespace driftgate::diff
