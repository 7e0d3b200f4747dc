#pragma once

#include "model/catalog.hpp"

namespace driftgate::test {

/// A realistic catalog in which every field of every model type is set to something other than
/// its default somewhere (comments, locations, flags, options, enums), with names that need
/// quoting, a partitioned table with partitions, a serial-style sequence, identity columns,
/// exclusion constraints, a foreign key onto a unique index and views that read views.
/// catalog_to_sql() of it applies to an empty PostgreSQL 15 database (it needs btree_gist).
model::Catalog full_sample_catalog();

}  // namespace driftgate::test
