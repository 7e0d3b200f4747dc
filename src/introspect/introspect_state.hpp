#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/index.hpp"
#include "model/qualified_name.hpp"

namespace driftgate::introspect {

/// A PostgreSQL object id.
using Oid = std::uint32_t;

/// An index as indexes.sql reads it: the model's Index, plus the exclusion operator of each key
/// when the index backs an exclusion constraint.
struct IndexShape {
  model::Index index;
  std::vector<std::string> operators;  ///< one per key, exclusion constraints only
};

/// What the introspect_* steps share while they fill one catalog, in this order: schemas,
/// extensions, enums, tables, columns, sequences, views, indexes, constraints.
struct IntrospectState {
  model::Catalog catalog;
  std::string schema_oids;                          ///< `{2200,16390}`: $1 of the later queries
  std::map<Oid, model::QualifiedName> tables;       ///< tables in the model, by oid
  std::map<Oid, model::QualifiedName> matviews;     ///< materialized views (they have indexes)
  std::map<Oid, IndexShape> constraint_indexes;     ///< indexes backing a constraint, by its oid
};

}  // namespace driftgate::introspect
