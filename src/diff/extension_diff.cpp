#include "diff/diff_context.hpp"
#include "diff/map_walk.hpp"

namespace driftgate::diff {
namespace {

ObjectId extension_id(const std::string& name) {
  return ObjectId{ObjectKind::Extension, "", "", name};
}

std::string extension_summary(const model::Extension& extension) {
  std::string text = "in schema " + extension.schema;
  if (extension.version) text += ", version " + *extension.version;
  return text;
}

}  // namespace

void diff_extensions(DiffContext& context) {
  walk_maps(
      context.expected.extensions, context.actual.extensions,
      [&](const model::Extension& extension) {
        context.add_missing(extension_id(extension.name), extension.location,
                            extension_summary(extension));
      },
      [&](const model::Extension& extension) {
        context.add_unexpected(extension_id(extension.name), extension.location,
                               extension_summary(extension));
      },
      [&](const model::Extension& expected, const model::Extension& actual) {
        const ObjectId id = extension_id(expected.name);
        const auto& location = either_location(expected.location, actual.location);
        context.add_comparison(id, Attribute::ExtensionSchema,
                               compare_texts(expected.schema, actual.schema), SafetyClass::Alters,
                               location);
        // A version is only in the model where a source states one: the definition pins it,
        // and a live database does not report it. Unstated on the target side is not equal.
        if (expected.version && actual.version) {
          context.add_comparison(id, Attribute::ExtensionVersion,
                                 compare_texts(expected.version, actual.version),
                                 SafetyClass::Alters, location);
        } else if (expected.version) {
          Comparison unknown;
          unknown.verdict = normalize::Verdict::Uncompared;
          unknown.expected = expected.version;
          unknown.reason = "the target does not state the extension's version";
          context.add_comparison(id, Attribute::ExtensionVersion, unknown, SafetyClass::Alters,
                                 location);
        }
        // Introspection leaves out the comment an extension's own script sets; a definition
        // (pg_dump's above all) states it. Only a comment of the target's own is compared.
        if (actual.comment) compare_comment(context, id, expected.comment, actual.comment, location);
      });
}

}  // namespace driftgate::diff
