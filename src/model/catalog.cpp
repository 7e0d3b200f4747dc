#include "model/catalog.hpp"

namespace driftgate::model {

Catalog without_locations(Catalog catalog) {
  for (auto& [key, schema] : catalog.schemas) schema.location = {};
  for (auto& [key, extension] : catalog.extensions) extension.location = {};
  for (auto& [key, enum_type] : catalog.enums) enum_type.location = {};
  for (auto& [key, sequence] : catalog.sequences) sequence.location = {};
  for (auto& [key, table] : catalog.tables) {
    table.location = {};
    for (auto& column : table.columns) column.location = {};
    for (auto& [name, constraint] : table.constraints) constraint.location = {};
  }
  for (auto& [key, index] : catalog.indexes) index.location = {};
  for (auto& [key, view] : catalog.views) view.location = {};
  return catalog;
}

}  // namespace driftgate::model
