#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

void introspect_key_names(CatalogReader& reader, IntrospectState& state) {
  auto& names = state.key_names;
  for (const auto& row : reader.query("key_names.sql")) {
    auto kind = text_field(row, "kind");
    auto oid = oid_field(row, "oid");
    auto name = text_field(row, "name");
    if (kind == "opclass") {
      names.opclasses[oid] = name;
      if (bool_field(row, "is_default")) names.default_opclasses.insert(oid);
    } else if (kind == "collation") {
      names.collations[oid] = name;
    } else {
      names.operators[oid] = name;
    }
  }
}

}  // namespace driftgate::introspect
