#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diff/object_id.hpp"
#include "model/source_location.hpp"
#include "normalize/expression_comparator.hpp"

namespace driftgate::diff {

/// How the target differs from what was expected for one object.
enum class DriftKind {
  Missing,     ///< in the expected source (the definition), not in the target
  Unexpected,  ///< in the target only
  Changed,     ///< in both, one attribute differs
  Uncompared,  ///< in both, one attribute could not be compared: never drift, never equal
};

/// The attribute a changed or uncompared item is about; None for missing and unexpected.
enum class Attribute {
  None,
  // columns
  Type,
  Collation,
  Nullability,
  Default,
  Identity,         ///< identity kind: none, ALWAYS, BY DEFAULT
  IdentityOptions,  ///< the identity sequence's options
  Generated,        ///< stored generation expression
  // tables
  ColumnOrder,  ///< only with ColumnOrder::Strict
  TableKind,
  PartitionKey,
  PartitionOf,
  PartitionBound,
  // constraints
  ConstraintType,  ///< primary key, unique, foreign key, check, exclusion
  Columns,
  Include,
  NullsNotDistinct,
  References,  ///< the referenced table and columns
  Match,
  OnDelete,
  OnUpdate,
  Deferrable,  ///< DEFERRABLE and INITIALLY DEFERRED
  Check,
  NoInherit,
  Exclusion,  ///< an exclusion constraint's method and elements
  NotValid,
  // indexes (and exclusion constraints' WHERE)
  IndexTable,
  Unique,
  Method,
  Keys,
  Predicate,
  // other kinds
  EnumLabels,
  SequenceOptions,
  OwnedBy,
  ViewDefinition,
  ExtensionSchema,
  ExtensionVersion,
  // every kind
  Comment,
};

/// How much an item matters to people reading a report. It does not decide the exit code:
/// every missing, unexpected or changed item is drift.
enum class Severity {
  Info,     ///< cosmetic (comments, column order, validation state) or uncompared
  Warning,  ///< the target has something extra
  Error,    ///< the target lacks something or has it different
};

/// What the change that would fix an item does to the target: a property of the change, never
/// inferred from SQL text.
enum class SafetyClass {
  Additive,  ///< only creates (objects, enum labels, comments); nothing existing changes
  Alters,    ///< changes or replaces an existing object in place; no data is removed
  Destroys,  ///< drops an object or data the target has, or needs the object rebuilt
};

/// One difference between an expected model and a target model: a value. The SQL that would fix
/// it is derived from the item last (diff::fix_statements).
struct DriftItem {
  ObjectId object;
  std::string display_name;  ///< `public.users.email`, quoted where SQL needs it
  DriftKind kind = DriftKind::Changed;
  Attribute attribute = Attribute::None;

  /// Changed and uncompared: the attribute's value on each side, normalised (nullopt = the side
  /// has none, e.g. no default). Missing/unexpected: a one-line summary of the object, if any.
  std::optional<std::string> expected;
  std::optional<std::string> actual;
  /// Changed and uncompared: the texts as each source gave them, before normalisation.
  std::optional<std::string> expected_raw;
  std::optional<std::string> actual_raw;
  std::string reason;  ///< uncompared: why no decision was possible
  std::optional<normalize::DecidedBy> decided_by;  ///< expression attributes: who decided

  Severity severity = Severity::Error;
  SafetyClass safety = SafetyClass::Alters;
  model::SourceLocation location;  ///< where the expected source defines it (empty if none)

  std::vector<std::string> fix_sql;  ///< statements that would fix it, in order
  std::string fix_note;              ///< why there is no statement, when fix_sql is empty

  bool operator==(const DriftItem&) const = default;
};

/// The report order: by object, then drift kind, then attribute.
bool operator<(const DriftItem& left, const DriftItem& right);

/// Whether the item fails the gate (every kind but Uncompared).
bool is_drift(const DriftItem& item);

/// The word for a drift kind in reports ("missing", …).
std::string_view drift_kind_name(DriftKind kind);
/// The word for an attribute in reports ("partition_bound", …; "" for None).
std::string_view attribute_name(Attribute attribute);
/// The attribute as people read it ("partition bound").
std::string attribute_label(Attribute attribute);
/// The word for a severity ("info", "warning", "error").
std::string_view severity_name(Severity severity);
/// The word for a safety class ("additive", "alters", "destroys").
std::string_view safety_name(SafetyClass safety);
/// The word for who decided an expression comparison ("parser", "shadow").
std::string_view decided_by_name(normalize::DecidedBy decided_by);

}  // namespace driftgate::diff
