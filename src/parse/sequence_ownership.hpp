#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/sequence.hpp"
#include "parse/load_context.hpp"

namespace driftgate::parse {

/// The column an `OWNED BY [schema.]table.column` clause names (nullopt for `OWNED BY NONE`),
/// checked against the model: the table must be defined, have the column, and live in the
/// sequence's schema.
std::optional<model::ColumnRef> resolve_owned_by(LoadContext& context, const model::QualifiedName& sequence,
                                                 const std::vector<std::string>& names);

}  // namespace driftgate::parse
