#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "plan/plan.hpp"

namespace driftgate::plan {

/// PostgreSQL's size estimate of a table (pg_class.reltuples / relpages).
struct TableSize {
  std::optional<std::int64_t> estimated_rows;  ///< nullopt: never analysed or vacuumed
  std::int64_t pages = 0;                      ///< 8 kB pages
};

/// What hazard detection asks the live database, one question per step that needs it (never per
/// table of the database). Implemented over a transaction by introspect::TransactionLiveData.
class LiveData {
 public:
  virtual ~LiveData() = default;
  /// The size estimate of `table`.
  virtual TableSize size(const model::QualifiedName& table) = 0;
  /// Whether `table` has at least one row.
  virtual bool has_rows(const model::QualifiedName& table) = 0;
  /// Whether `column` of `table` holds a NULL.
  virtual bool has_nulls(const model::QualifiedName& table, const std::string& column) = 0;
  /// Whether two rows of `table` (those matching `predicate`, if any) share the values of
  /// `keys` (column names, already quoted, or expression texts), NULLs counting as equal only
  /// when `nulls_equal`.
  virtual bool has_duplicates(const model::QualifiedName& table, const std::vector<std::string>& keys,
                              const std::optional<std::string>& predicate, bool nulls_equal) = 0;
  /// The indexes left INVALID by a failed CREATE INDEX CONCURRENTLY (introspection leaves
  /// them out: they neither speed up queries nor enforce uniqueness).
  virtual std::set<model::QualifiedName> invalid_indexes() = 0;
};

/// When a table counts as big enough that a blocking index build or a validating scan is worth
/// a warning.
struct HazardThresholds {
  std::int64_t big_table_rows = 100'000;
  std::int64_t big_table_pages = 12'800;  ///< 100 MB
};

/// Adds to each step of `plan` the hazards the live data shows: a NOT NULL column without a
/// default on a table with rows, SET NOT NULL on a column holding NULLs, a type change that
/// rewrites the table, a unique index or constraint on duplicate values, an index build that
/// blocks writes on a big table, a foreign key or CHECK that scans a big table. Only steps on
/// tables the target already has are examined, for missing objects and for column type and
/// nullability changes (a changed index or constraint is rebuilt: not examined yet). A missing
/// index whose name an INVALID index holds gets a hazard saying apply rebuilds it.
void add_hazards(Plan& plan, const model::Catalog& expected, const model::Catalog& actual,
                 LiveData& data, const HazardThresholds& thresholds = {});

}  // namespace driftgate::plan
