#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
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

/// A column as index and constraint keys refer to it: by its table's oid and its attnum.
struct ColumnFacts {
  std::string name;
  Oid collation = 0;  ///< attcollation
};

/// Names of the objects index keys refer to by oid (key_names.sql).
struct KeyNames {
  std::map<Oid, std::string> opclasses;
  std::set<Oid> default_opclasses;  ///< opcdefault: the default for their type and method
  std::map<Oid, std::string> collations;
  std::map<Oid, std::string> operators;
};

/// What the introspect_* steps share while they fill one catalog, in this order: schemas,
/// extensions, enums, tables, views, columns, sequences, key names, indexes, constraints.
struct IntrospectState {
  model::Catalog catalog;
  std::string schema_oids;                             ///< `{2200,16390}`: $1 of the later queries
  std::map<Oid, model::QualifiedName> tables;          ///< tables in the model, by oid
  std::map<Oid, model::QualifiedName> matviews;        ///< materialized views (they have indexes)
  std::map<std::pair<Oid, int>, ColumnFacts> columns;  ///< every column read, by (table, attnum)
  KeyNames key_names;
  std::map<Oid, IndexShape> constraint_indexes;  ///< indexes backing a constraint, by its oid
};

}  // namespace driftgate::introspect
