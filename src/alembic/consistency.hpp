#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diff/drift_item.hpp"
#include "model/catalog.hpp"
#include "normalize/expression_comparator.hpp"

namespace driftgate::alembic {

/// How strictly the documentation must match the definition (`docs --strictness`).
enum class Strictness {
  Loose,   ///< tables and columns must match; type, nullability and index differences warn; the rest informs
  Strict,  ///< every difference is an error
};

/// Where a difference between definition and documentation puts the documentation.
enum class ConsistencyCategory {
  Undocumented,        ///< in the definition, in no revision
  StaleDocumentation,  ///< documented, but the definition no longer has it
  Differs,             ///< in both, one attribute differs (type, nullability, index keys…)
  Uncompared,          ///< in both, one attribute could not be compared
};

/// One difference between the definition and the documented model.
struct ConsistencyItem {
  ConsistencyCategory category = ConsistencyCategory::Differs;
  diff::Severity level = diff::Severity::Error;  ///< error fails `docs`; warning and info do not
  diff::DriftItem item;                          ///< expected = definition, actual = documentation
  model::SourceLocation documented_at;           ///< the revision file:line documenting it, if any
};

/// Compares the definition (expected) with the documented model: every drift item of
/// diff_catalogs, classified and levelled by `strictness`. Deterministic.
std::vector<ConsistencyItem> check_consistency(const model::Catalog& definition, const model::Catalog& documented,
                                               const normalize::ExpressionComparator& comparator,
                                               Strictness strictness);

/// The word for a category in reports ("undocumented", "stale_documentation", "differs", "uncompared").
std::string_view category_name(ConsistencyCategory category);

}  // namespace driftgate::alembic
