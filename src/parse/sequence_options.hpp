#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/sequence.hpp"

namespace driftgate::parse {

/// A MINVALUE/MAXVALUE option as written: a value, or `NO MINVALUE`/`NO MAXVALUE` (nullopt).
using BoundOption = std::optional<std::int64_t>;

/// Sequence options exactly as a statement writes them; unset fields were not mentioned.
struct WrittenSequenceOptions {
  std::optional<std::string> data_type;   ///< `AS type`, canonical (`integer`)
  std::optional<std::int64_t> start;
  std::optional<std::int64_t> increment;
  std::optional<BoundOption> min_value;
  std::optional<BoundOption> max_value;
  std::optional<std::int64_t> cache;
  std::optional<bool> cycle;
  std::optional<std::vector<std::string>> owned_by;       ///< `OWNED BY t.c` or {"none"}
  std::optional<std::vector<std::string>> sequence_name;  ///< identity `SEQUENCE NAME s`
};

/// Options PostgreSQL gives a new sequence of `data_type` (smallint, integer or bigint) when
/// `written` says nothing else (sequence.c init_params). Throws a StatementError for values
/// PostgreSQL rejects (zero increment, MINVALUE not below MAXVALUE, START out of range…).
model::SequenceOptions resolve_new_sequence_options(const WrittenSequenceOptions& written,
                                                   const std::string& data_type);

/// `current` after `ALTER SEQUENCE` applies `written`, as PostgreSQL does (a type change moves
/// bounds that were the old type's limits to the new type's).
model::SequenceOptions resolve_altered_sequence_options(const model::SequenceOptions& current,
                                                       const WrittenSequenceOptions& written);

}  // namespace driftgate::parse
