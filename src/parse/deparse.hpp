#pragma once

#include <string>

#include <pg_query/pg_query.pb-c.h>

namespace driftgate::parse {

/// The SQL text of an expression (a default, CHECK, generated column, index expression or
/// predicate), as libpg_query's deparser writes it. Re-parsing the text and deparsing again
/// gives the same text.
std::string deparse_expression(const PgQuery__Node* expression);

/// deparse_expression always through libpg_query's deparser (a protobuf round trip).
/// deparse_expression writes plain constants itself, which must give the same text (tested).
std::string deparse_expression_by_libpg_query(const PgQuery__Node* expression);

/// The SQL text of a query (a view's SelectStmt).
std::string deparse_query(const PgQuery__Node* query);

/// A partition bound as text: `FOR VALUES FROM (…) TO (…)`, `FOR VALUES IN (…)`,
/// `FOR VALUES WITH (modulus m, remainder r)` or `DEFAULT`.
std::string deparse_partition_bound(const PgQuery__PartitionBoundSpec* bound);

/// A partition key as text: `RANGE (created_at)`, `LIST (region)`, `HASH (id)`.
std::string deparse_partition_key(const PgQuery__PartitionSpec* spec);

}  // namespace driftgate::parse
