#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/qualified_name.hpp"
#include "model/source_location.hpp"

namespace driftgate::model {

/// Numbering options shared by sequences and identity columns, resolved the way PostgreSQL
/// resolves them (an omitted MINVALUE becomes 1 for an ascending sequence, and so on).
struct SequenceOptions {
  std::string data_type = "bigint";  ///< smallint, integer or bigint
  std::int64_t start = 1;
  std::int64_t increment = 1;
  std::int64_t min_value = 1;
  std::int64_t max_value = INT64_MAX;
  std::int64_t cache = 1;
  bool cycle = false;

  bool operator==(const SequenceOptions&) const = default;
};

/// The column a sequence belongs to (`OWNED BY table.column`).
struct ColumnRef {
  QualifiedName table;
  std::string column;

  auto operator<=>(const ColumnRef&) const = default;
  bool operator==(const ColumnRef&) const = default;
};

/// A standalone sequence (including the ones serial columns create). Identity sequences are
/// part of their column instead.
struct Sequence {
  QualifiedName name;
  SequenceOptions options;
  std::optional<ColumnRef> owned_by;
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const Sequence&) const = default;
};

/// Options PostgreSQL gives a sequence of `data_type` with `increment` when nothing else is said.
SequenceOptions default_sequence_options(const std::string& data_type, std::int64_t increment);

}  // namespace driftgate::model
