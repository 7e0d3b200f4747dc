#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diff/drift_item.hpp"

namespace driftgate::plan {

/// What a step does to the target: the property `apply --allow` decides on.
enum class ChangeClass {
  Create,  ///< additive: creates an object, a column, an enum label or a comment
  Alter,   ///< changes an existing object in place; no data is removed
  Drop,    ///< drops an object or data, or rebuilds an object the target has
};

/// Where a step stands in dependency order. Steps run phase by phase; within a phase in the
/// definition's order (file, line), which is an order PostgreSQL already accepted.
enum class Phase {
  Drops,              ///< objects the target has in excess: views first, schemas last
  Schemas,
  Extensions,
  Types,              ///< enum types and their labels
  Sequences,
  Tables,             ///< a partitioned table before its partitions
  Columns,            ///< added and altered columns
  Constraints,        ///< primary keys, unique, check and exclusion constraints
  SequenceOwnership,  ///< OWNED BY, once the owning column exists
  Indexes,            ///< before foreign keys: a unique index may be what one references
  ForeignKeys,        ///< after every table (and unique index) they may reference
  Views,              ///< a view after what it reads
  Comments,
};

/// Something about the live data that makes a step fail, lock for long, or rewrite a table:
/// found before anything runs.
struct Hazard {
  std::string code;     ///< stable identifier: `not_null_without_default`, `nulls_present`, …
  std::string message;  ///< for people: what would happen and what to do
  bool blocks = false;  ///< the step would fail as things stand: apply refuses to start
  std::optional<std::int64_t> estimated_rows;  ///< the table's estimate (reltuples)

  bool operator==(const Hazard&) const = default;
};

/// One statement of a plan, with what it fixes and what it costs.
struct Step {
  ChangeClass change = ChangeClass::Create;
  Phase phase = Phase::Tables;
  std::string sql;   ///< one statement, guarded so it is safe to run against any state
  std::string lock;  ///< the strongest lock it takes on an existing table, or "" for none
  std::vector<Hazard> hazards;
  diff::ObjectId object;      ///< the object the statement acts on
  std::string display_name;   ///< as reports write it
  std::string fixes;          ///< the drift item it fixes, as `missing column public.t.c`
  diff::DriftKind item_kind = diff::DriftKind::Missing;  ///< that item's kind
  diff::Attribute attribute = diff::Attribute::None;     ///< and attribute
  bool allowed = true;        ///< false: shown as skipped (needs --allow alter|drop)
  bool concurrent = false;    ///< an index built CONCURRENTLY after the transaction commits
  bool comment = false;       ///< a COMMENT ON statement accompanying the object
  model::SourceLocation location;  ///< where the definition declares the object

  bool operator==(const Step&) const = default;
};

/// Which classes of change a plan may run, and how indexes are built.
struct PlanOptions {
  bool allow_alter = false;         ///< --allow alter
  bool allow_drop = false;          ///< --allow drop
  bool concurrent_indexes = false;  ///< --concurrent-indexes: on tables the target already has

  bool operator==(const PlanOptions&) const = default;
};

/// Everything a plan was computed from and what it would do.
struct Plan {
  PlanOptions options;       ///< what it was computed with
  std::string commit_sha;    ///< the definition's commit
  std::string target;        ///< the database, password removed
  std::string fingerprint;   ///< of the live schema the plan was computed against
  std::vector<Step> steps;   ///< in execution order
  std::vector<std::string> present;     ///< definition objects already there (display names)
  /// Drift no statement can fix: uncompared items, and changes PostgreSQL cannot make in place
  /// (each item says why in its reason or fix note).
  std::vector<diff::DriftItem> not_planned;

  bool operator==(const Plan&) const = default;
};

/// How a step names the drift item it fixes: `missing column public.t.c`, `changed column
/// public.t.c (default)`.
std::string fixes_text(const diff::DriftItem& item);

/// The lower-case word for a change class ("create", "alter", "drop").
std::string_view change_class_name(ChangeClass change);
/// The lower-case word for a phase ("foreign_keys").
std::string_view phase_name(Phase phase);

/// Steps that run (allowed) and those shown as skipped.
struct StepCounts {
  int to_run = 0;
  int skipped = 0;
  int hazards = 0;
  int blocking = 0;  ///< hazards that would make a step fail
};

/// The counts of `plan`'s steps.
StepCounts count_steps(const Plan& plan);

}  // namespace driftgate::plan
