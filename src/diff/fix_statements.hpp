#pragma once

#include <string>
#include <vector>

#include "diff/drift_item.hpp"
#include "model/catalog.hpp"
#include "model/ddl.hpp"

namespace driftgate::diff {

/// The statements that would bring the target to the expected state for one item, or a note
/// saying why no statement can.
struct FixStatements {
  std::vector<std::string> statements;
  std::string note;
};

/// The fix for `item`, derived from the item and the objects it names in the two catalogs it
/// was found in. Missing objects are created whole (a missing table with its constraints,
/// indexes and comments); unexpected ones are dropped; a changed attribute is altered in place
/// where PostgreSQL can, otherwise the object is replaced or a note explains why it cannot be.
/// Uncompared items get no statement.
FixStatements fix_statements(const DriftItem& item, const model::Catalog& expected,
                             const model::Catalog& actual);

/// The statements for an item about a table, column or constraint (fix_table_statements.cpp).
FixStatements fix_table_statements(const DriftItem& item, const model::Catalog& expected,
                                   const model::Catalog& actual);

/// `ALTER TYPE … ADD VALUE` for each label of `expected` that `actual` lacks, each placed next
/// to a label already there (or added just before it), in the order that keeps positions right.
std::vector<std::string> add_enum_labels(const model::EnumType& expected,
                                         const model::EnumType& actual,
                                         model::Existing existing = model::Existing::Fail);

/// The statements that create index `index` with its comment.
std::vector<std::string> create_index_statements(const model::Index& index);

/// The statements that create materialized or plain view `view` with its indexes (taken from
/// `catalog`) and comments.
std::vector<std::string> create_view_statements(const model::View& view,
                                                const model::Catalog& catalog);

}  // namespace driftgate::diff
