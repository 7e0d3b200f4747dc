#pragma once

#include <optional>
#include <string>
#include <vector>

#include <pg_query/pg_query.pb-c.h>

#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {

/// The column name PostgreSQL gives an index expression (FigureIndexColname): `lower` for
/// `lower(email)`, `a` for `(a::text)`, `text` for `'x'::text`; nothing when it has no guess.
std::optional<std::string> figure_index_column_name(const PgQuery__Node* expression);

/// The names of an index's columns (key columns, then INCLUDE columns) as PostgreSQL chooses
/// them for an implicit index name: column names, expression guesses or `expr`, made unique.
std::vector<std::string> choose_index_column_names(NodeList index_elements, NodeList including);

/// The distinct columns an expression refers to (`t.a` and `a` count once), in first-use order.
std::vector<std::string> referenced_columns(const PgQuery__Node* expression);

}  // namespace driftgate::parse
