#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/column.hpp"
#include "model/constraint.hpp"
#include "model/qualified_name.hpp"
#include "model/source_location.hpp"

namespace driftgate::model {

/// Ordinary table, partitioned parent (`PARTITION BY`), or a partition (`PARTITION OF`).
enum class TableKind { Ordinary, Partitioned, Partition };

/// A table with its columns (in position order) and its constraints (by name).
struct Table {
  QualifiedName name;
  TableKind kind = TableKind::Ordinary;
  std::vector<Column> columns;
  std::map<std::string, Constraint> constraints;
  std::optional<std::string> partition_key;     ///< `RANGE (created_at)` for partitioned tables
  std::optional<QualifiedName> partition_of;    ///< parent, for partitions
  std::optional<std::string> partition_bound;   ///< `FOR VALUES …` or `DEFAULT`, for partitions
  std::optional<std::string> comment;
  SourceLocation location;

  /// The column called `column_name`, or nullptr.
  const Column* find_column(const std::string& column_name) const;
  Column* find_column(const std::string& column_name);

  bool operator==(const Table&) const = default;
};

}  // namespace driftgate::model
