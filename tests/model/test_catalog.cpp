#include <catch2/catch.hpp>

#include "model/catalog.hpp"
#include "model/sample_catalog.hpp"

using driftgate::model::Catalog;
using driftgate::model::SourceLocation;
using driftgate::model::without_locations;

TEST_CASE("without_locations clears every source location and nothing else", "[model]") {
  const Catalog sample = driftgate::test::full_sample_catalog();
  const Catalog stripped = without_locations(sample);
  CHECK(stripped != sample);
  for (const auto& [name, schema] : stripped.schemas) CHECK(schema.location.empty());
  for (const auto& [name, extension] : stripped.extensions) CHECK(extension.location.empty());
  for (const auto& [name, enum_type] : stripped.enums)
    CHECK(enum_type.location == SourceLocation{});
  for (const auto& [name, sequence] : stripped.sequences)
    CHECK(sequence.location == SourceLocation{});
  for (const auto& [name, table] : stripped.tables) {
    CHECK(table.location == SourceLocation{});
    for (const auto& column : table.columns) CHECK(column.location == SourceLocation{});
    for (const auto& [constraint_name, constraint] : table.constraints) {
      CHECK(constraint.location == SourceLocation{});
    }
  }
  for (const auto& [name, index] : stripped.indexes) CHECK(index.location == SourceLocation{});
  for (const auto& [name, view] : stripped.views) CHECK(view.location == SourceLocation{});

  // Moving the sample's definition to other files and lines does not change its content.
  Catalog moved = sample;
  moved.tables.begin()->second.location.line += 100;
  moved.tables.begin()->second.columns.front().location.file = "elsewhere.sql";
  moved.views.begin()->second.location = {};
  CHECK(moved != sample);
  CHECK(without_locations(moved) == stripped);
  CHECK(without_locations(stripped) == stripped);
}
