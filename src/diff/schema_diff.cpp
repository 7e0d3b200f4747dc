#include "diff/diff_context.hpp"
#include "diff/map_walk.hpp"

namespace driftgate::diff {
namespace {

ObjectId schema_id(const std::string& name) { return ObjectId{ObjectKind::Schema, "", "", name}; }

}  // namespace

void diff_schemas(DiffContext& context) {
  walk_maps(
      context.expected.schemas, context.actual.schemas,
      [&](const model::Schema& schema) {
        context.add_missing(schema_id(schema.name), schema.location, std::nullopt);
      },
      [&](const model::Schema& schema) {
        context.add_unexpected(schema_id(schema.name), schema.location, std::nullopt);
      },
      [&](const model::Schema& expected, const model::Schema& actual) {
        compare_comment(context, schema_id(expected.name), expected.comment, actual.comment,
                        either_location(expected.location, actual.location));
      });
}

}  // namespace driftgate::diff
