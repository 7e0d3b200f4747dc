#pragma once

#include <string>

#include "introspect/catalog_reader.hpp"
#include "introspect/schema_filter.hpp"
#include "model/catalog.hpp"

namespace driftgate::introspect {

/// Runs every introspect_* step through `reader` with search_path set to pg_catalog and the
/// settings that decide how constants print fixed (DateStyle ISO, IntervalStyle postgres,
/// TimeZone UTC, extra_float_digits 1), all restored afterwards, and returns the model. Refuses
/// servers older than PostgreSQL 13 (exit 3). The session's own TimeZone and DateStyle go to
/// `timezone` and `datestyle` when given.
model::Catalog read_catalog(CatalogReader& reader, const SchemaFilter& schemas,
                            std::string* timezone = nullptr, std::string* datestyle = nullptr);

/// describe_target() for the database `reader`'s connection is open on.
std::string describe_connection(CatalogReader& reader);

}  // namespace driftgate::introspect
