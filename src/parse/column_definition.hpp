#pragma once

#include <optional>
#include <string>

#include <pg_query/pg_query.pb-c.h>

#include "model/column.hpp"
#include "model/qualified_name.hpp"
#include "parse/load_context.hpp"
#include "parse/table_constraints.hpp"

namespace driftgate::parse {

/// Builds a new column of `table` from its definition: canonical type, collation, NOT NULL,
/// default, identity, generation expression. A serial column becomes its integer type with
/// NOT NULL and a default taken from the sequence it owns, which is added to the catalog.
/// The column's CHECK/key/reference constraints go to `pending`.
model::Column build_column(LoadContext& context, const model::QualifiedName& table,
                           const PgQuery__ColumnDef& definition, PendingConstraints& pending);

/// Applies the constraints written on a column definition (also `PARTITION OF` column options)
/// to an existing column.
void apply_column_constraints(LoadContext& context, const model::QualifiedName& table, model::Column& column,
                              const PgQuery__ColumnDef& definition, PendingConstraints& pending);

/// Makes `column` an identity column (`GENERATED … AS IDENTITY [(options)]`), resolving its
/// sequence options for the column's type and taking its sequence's name.
void make_identity_column(LoadContext& context, const model::QualifiedName& table, model::Column& column,
                          const PgQuery__Constraint& identity);

/// A column default's text as the model keeps it, or nullopt when PostgreSQL stores no default:
/// for a NULL constant that needs no coercion to `column_type` (`NULL`, or `NULL::integer` on an
/// integer column). `NULL::varchar` on a varchar(10) column is kept: the length coercion is stored.
std::optional<std::string> default_text(const LoadContext& context, const PgQuery__Node* expression,
                                        const std::string& column_type);

}  // namespace driftgate::parse
