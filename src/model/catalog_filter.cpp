#include "model/catalog_filter.hpp"

#include <map>

namespace driftgate::model {
namespace {

template <typename Value>
void erase_outside(std::map<QualifiedName, Value>& objects,
                   const std::function<bool(const std::string&)>& admits) {
  std::erase_if(objects, [&](const auto& entry) { return !admits(entry.first.schema); });
}

}  // namespace

void keep_schemas(Catalog& catalog, const std::function<bool(const std::string&)>& admits) {
  std::erase_if(catalog.schemas, [&](const auto& entry) { return !admits(entry.first); });
  // Extensions in pg_catalog (plpgsql-like) belong to no user schema and always stay.
  std::erase_if(catalog.extensions, [&](const auto& entry) {
    return entry.second.schema != "pg_catalog" && !admits(entry.second.schema);
  });
  erase_outside(catalog.enums, admits);
  erase_outside(catalog.sequences, admits);
  erase_outside(catalog.tables, admits);
  erase_outside(catalog.indexes, admits);
  erase_outside(catalog.views, admits);
}

}  // namespace driftgate::model
