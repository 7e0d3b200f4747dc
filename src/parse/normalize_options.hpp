#pragma once

#include <map>
#include <set>
#include <string>

namespace driftgate::parse {

/// A table's columns and their types as format_type prints them (only the ones both sides
/// of a comparison agree on).
using ColumnTypes = std::map<std::string, std::string>;

/// What the normaliser knows beyond the two texts.
struct NormalizeOptions {
  /// The schema an unqualified name of the definition resolves to first (the first schema of
  /// its search path, after pg_catalog). Only this schema is ever dropped from a qualified name.
  std::string first_schema = "public";
  /// Types whose constants PostgreSQL prints exactly as written (enum types), by their key in
  /// the normal form: `status` for a type in first_schema, `app.status` otherwise.
  std::set<std::string> verbatim_types;
  /// Whether the target's sessions read times in UTC (its TimeZone), so that a timestamptz
  /// literal without a zone is a known instant.
  bool sessions_in_utc = false;
};

}  // namespace driftgate::parse
