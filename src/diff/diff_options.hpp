#pragma once

namespace driftgate::diff {

/// Whether a table's column order counts as drift (`--strict-column-order`).
enum class ColumnOrder {
  Ignore,  ///< PostgreSQL cannot reorder columns in place; by default order is not drift
  Strict,  ///< report a table whose shared columns stand in a different order
};

/// What diff_catalogs compares beyond the model's identity and attributes.
struct DiffOptions {
  ColumnOrder column_order = ColumnOrder::Ignore;
};

}  // namespace driftgate::diff
