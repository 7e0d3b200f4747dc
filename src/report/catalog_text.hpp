#pragma once

#include <string>

#include "model/catalog.hpp"
#include "report/text_tree.hpp"

namespace driftgate::report {

/// The catalog as a readable tree for `driftgate inspect --format text`: extensions, then each
/// schema with its enums, sequences, tables (aligned columns, constraints, the table's indexes)
/// and views; comments after `--`; a last line counting each kind. Names are written as SQL
/// writes them (quoted where needed). Deterministic.
std::string catalog_to_text(const model::Catalog& catalog, TreeGlyphs glyphs);

}  // namespace driftgate::report
