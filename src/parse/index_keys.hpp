#pragma once

#include <string>
#include <vector>

#include <pg_query/pg_query.pb-c.h>

#include "model/index.hpp"
#include "parse/load_context.hpp"
#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {

/// One index element (`col`, `(expr)`, with COLLATE, opclass, ASC/DESC, NULLS FIRST/LAST) as
/// a model key; NULLS ordering is always resolved (DESC defaults to NULLS FIRST).
model::IndexKey index_key(LoadContext& context, const PgQuery__IndexElem& element);

/// A collation name as text: pg_catalog collations bare (`"C"`), others qualified.
std::string collation_text(NodeList names);

/// An operator class name as text, the way introspection reads it: pg_catalog ones bare
/// (`text_pattern_ops`), others qualified; an unqualified name that is not pg_catalog's (an
/// extension's `gin_trgm_ops`) resolves to the first schema of the search path, as types do.
std::string operator_class_text(const LoadContext& context, NodeList names);

/// The names of INCLUDE (…) elements.
std::vector<std::string> included_columns(NodeList elements);

}  // namespace driftgate::parse
