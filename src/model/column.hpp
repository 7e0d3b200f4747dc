#pragma once

#include <optional>
#include <string>

#include "model/sequence.hpp"
#include "model/source_location.hpp"

namespace driftgate::model {

/// How a column is an identity column, if it is one.
enum class IdentityKind { None, Always, ByDefault };

/// One column of a table.
struct Column {
  std::string name;
  std::string type;                        ///< canonical type text, as format_type() prints it
  std::optional<std::string> collation;    ///< only when not the type's default
  bool not_null = false;
  std::optional<std::string> default_expr; ///< expression text (not for identity/generated)
  IdentityKind identity = IdentityKind::None;
  std::optional<SequenceOptions> identity_options;  ///< the identity's sequence options
  std::optional<std::string> generated;    ///< GENERATED ALWAYS AS (expr) STORED
  std::optional<std::string> comment;
  SourceLocation location;

  bool operator==(const Column&) const = default;
};

}  // namespace driftgate::model
