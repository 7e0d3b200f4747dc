#pragma once

#include "introspect/catalog_reader.hpp"
#include "introspect/introspect_state.hpp"
#include "introspect/schema_filter.hpp"

namespace driftgate::introspect {

// One step per object kind, one catalog query each, run in this order by read_catalog().

/// schemas.sql: the schemas `filter` admits; fills state.schema_oids. Throws an environment
/// Error when the role lacks USAGE on one of them.
void introspect_schemas(CatalogReader& reader, const SchemaFilter& filter, IntrospectState& state);
/// extensions.sql: extensions whose schema the filter admits (or pg_catalog).
void introspect_extensions(CatalogReader& reader, const SchemaFilter& filter,
                           IntrospectState& state);
/// enums.sql: enum types and their labels.
void introspect_enums(CatalogReader& reader, IntrospectState& state);
/// tables.sql: tables, partitioned tables and partitions; fills state.tables.
void introspect_tables(CatalogReader& reader, IntrospectState& state);
/// views.sql: views and materialized views; fills state.matviews.
void introspect_views(CatalogReader& reader, IntrospectState& state);
/// columns.sql: the columns of every table in state.tables; fills state.columns (with those of
/// materialized views too).
void introspect_columns(CatalogReader& reader, IntrospectState& state);
/// sequences.sql: sequences, and identity options folded into their columns.
void introspect_sequences(CatalogReader& reader, IntrospectState& state);
/// key_names.sql: fills state.key_names.
void introspect_key_names(CatalogReader& reader, IntrospectState& state);
/// indexes.sql: standalone indexes; fills state.constraint_indexes with the others.
void introspect_indexes(CatalogReader& reader, IntrospectState& state);
/// constraints.sql: PK, unique, FK, check and exclusion constraints.
void introspect_constraints(CatalogReader& reader, IntrospectState& state);

}  // namespace driftgate::introspect
