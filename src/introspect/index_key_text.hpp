#pragma once

#include <string>
#include <string_view>

namespace driftgate::introspect {

/// An expression key as pg_get_indexdef(index, column, false) prints it, without the parentheses
/// CREATE INDEX syntax needs around anything but a function call: `((a + 1))` gives `(a + 1)`
/// (what pg_get_expr prints for the expression), `lower(email)` stays as it is.
std::string unwrap_index_expression(std::string_view printed);

/// Whether pg_get_indexdef's `full_definition` writes `printed_expression COLLATE collation`,
/// i.e. whether an expression key's collation differs from the expression's own (which the
/// catalog does not store).
bool prints_collation(std::string_view full_definition, std::string_view printed_expression,
                      std::string_view collation);

}  // namespace driftgate::introspect
