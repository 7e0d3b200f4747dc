#pragma once

#include <string>

#include <pg_query/pg_query.pb-c.h>

#include "parse/expression_tree.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_options.hpp"

// The rewrites that bring a parsed text into normal form, one concern per file
// (normalize_rules_*.cpp). normalize_expression.cpp runs them in order; each one only changes
// what PostgreSQL itself treats as the same, so two texts with equal normal forms are equal.

namespace driftgate::parse {

/// Names: builtin types as `pg_catalog.<internal name>` (so `int`, `int4` and `integer` meet),
/// `_int4` as `int4[]`; the `pg_catalog.` and first-schema qualification PostgreSQL resolves
/// anyway dropped from types, functions, operators, relations and collations — never in front
/// of a name pg_catalog also has.
void canonicalize_names(ExpressionTree& tree, const NormalizeOptions& options);
/// Type names in a TypeName on its own (a column type), as canonicalize_names does.
void canonicalize_type_name(PgQuery__TypeName& type, TreeArena& arena, const NormalizeOptions& options);

/// Operators as PostgreSQL stores them: `IN (…)` as `= ANY (ARRAY[…])` (and the ORs PostgreSQL
/// builds for list items that reference columns), `NOT IN` as `<> ALL`, `BETWEEN` and its
/// variants as comparisons, `LIKE`/`ILIKE`/`SIMILAR TO` as their operators, nested AND/OR
/// flattened.
void canonicalize_operators(ExpressionTree& tree);

/// The conversion PostgreSQL's operator resolution adds to a literal compared with (or
/// combined by `+ - * /` with) a column of numeric or double precision: `amount >= 0` on a
/// numeric column is stored as `amount >= (0)::numeric`, as no operator takes numeric and
/// integer; and the type a string literal compared with a text column takes (`label <> ''`
/// is `label <> ''::text`, also in `role = ANY (ARRAY['a'::text, …])`), and the value an ISO
/// date or time literal compared with a date or timestamp column takes (`d > '2020-01-01'` is
/// `d > '2020-01-01'::date`; for timestamptz only when the target's sessions read times in
/// UTC: `'2020-01-01 00:00:00+00'::timestamptz`). Only there, and only for non-negative
/// numbers, where the outcome is certain; the rest is left to the shadow.
void cast_constants_to_column_types(ExpressionTree& tree, const ColumnTypes& columns,
                                    const NormalizeOptions& options);

/// Constants: casts of literals to the type the parser gives the literal anyway
/// (`'-1'::integer` is `-1`, `'1.5'::numeric` is `1.5`, `'t'::boolean` is `true`), numbers in
/// numeric's output form, relation names in regclass literals resolved like names,
/// `nextval('s')` as `nextval('s'::regclass)`, and the `::text` PostgreSQL gives pattern and
/// time-zone literals.
void canonicalize_constants(ExpressionTree& tree, const NormalizeOptions& options);

/// A column default that is a constant (or an ARRAY of constants), written bare: PostgreSQL
/// converts it to the column's type (`column_type`, as format_type prints it) and prints it
/// with a cast to that type, so `'a'` and `'a'::character varying` meet as `'a'`, and numbers
/// and booleans in the column's canonical form.
void canonicalize_default_constant(ExpressionTree& tree, const std::string& column_type,
                                   const NormalizeOptions& options);

/// Every output column of a view's query named explicitly, as PostgreSQL names it
/// (FigureColname: `lower(x)` → `lower`, `x::text` → `x`, `1` → `?column?`). Runs on the tree
/// as parsed, before any other rule changes the expressions the names come from.
void name_output_columns(ExpressionTree& tree);

/// A view's query as pg_get_viewdef prints it: every output column named (`lower(x) AS lower`),
/// column references of a single-relation SELECT unqualified, ORDER BY / GROUP BY positions and
/// output names replaced by the expressions they mean, default sort directions dropped.
void canonicalize_query(ExpressionTree& tree);

/// Whether a query selects `*` or `t.*` anywhere (PostgreSQL stores the expanded list).
bool selects_star(const ExpressionTree& tree);

/// The values of a partition bound whose key column has type `key_type` (as format_type prints
/// it), for integer and numeric keys: PostgreSQL quotes negative numbers there (`IN ('-1')`),
/// which are the numbers they spell.
void canonicalize_bound_constants(ExpressionTree& tree, const std::string& key_type,
                                  const NormalizeOptions& options);

/// The loose form of a tree in normal form: every cast, qualification and relation alias removed, and
/// constants whose printed form PostgreSQL's output function may have changed (of Reformatted
/// types, a default of such a column, a partition bound's values) made wildcards.
/// `column_type` is the column's type for defaults ("" otherwise), and for partition bounds
/// (`bound_values`) the key column's type when known. Each wildcard remembers its value's type
/// and text, for compare_loose_constants.
void loosen(ExpressionTree& tree, const std::string& column_type, bool bound_values,
            const NormalizeOptions& options);

/// Whether `node` is a wildcard constant made by loosen().
bool is_wildcard_constant(const PgQuery__Node& node);

/// How a constant of one loose tree compares with the constant at the same place in the other,
/// when either is a wildcard: when the type is known and both texts are in the one form
/// PostgreSQL prints for it (ISO dates and timestamps, lower-case uuids, text and enum labels
/// as written), the values are equal exactly when the texts are (Same or Different); anything
/// else Same, so the comparison stays uncompared. Compare when neither is a wildcard.
PairDecision compare_loose_constants(const PgQuery__Node& left, const PgQuery__Node& right,
                                     const NormalizeOptions& options);

/// The type_key of a column type as format_type prints it (`character varying(20)` →
/// `pg_catalog.varchar`), or "" when the text is not a type name.
std::string column_type_key(const std::string& column_type, const NormalizeOptions& options);

}  // namespace driftgate::parse
