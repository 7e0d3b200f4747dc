#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/qualified_name.hpp"
#include "model/source_location.hpp"

namespace driftgate::model {

/// One key of an index: a column or an expression, with its options. `nulls_first` is always
/// resolved (ASC defaults to NULLS LAST, DESC to NULLS FIRST), so implicit and explicit agree.
struct IndexKey {
  std::string element;          ///< column name or expression text
  bool is_expression = false;
  std::optional<std::string> collation;
  std::optional<std::string> opclass;
  bool descending = false;
  bool nulls_first = false;

  bool operator==(const IndexKey&) const = default;
};

/// A standalone index (`CREATE INDEX`). Indexes that back a constraint belong to the constraint.
struct Index {
  QualifiedName name;           ///< schema is the table's schema
  QualifiedName table;
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method = "btree";
  std::vector<IndexKey> keys;
  std::vector<std::string> include;
  std::optional<std::string> predicate;   ///< partial index WHERE expression text
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const Index&) const = default;
};

}  // namespace driftgate::model
