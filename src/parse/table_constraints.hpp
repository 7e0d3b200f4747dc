#pragma once

#include <string>
#include <vector>

#include <pg_query/pg_query.pb-c.h>

#include "model/table.hpp"
#include "parse/load_context.hpp"
#include "parse/partitions.hpp"

namespace driftgate::parse {

/// A constraint of a CREATE TABLE or ALTER TABLE statement waiting for its name.
struct PendingConstraint {
  const PgQuery__Constraint* node = nullptr;
  std::vector<std::string> columns;    ///< for a column constraint: that column
  bool deferrable = false;             ///< from the node, or from DEFERRABLE after a column constraint
  bool initially_deferred = false;
  model::SourceLocation location;
};

/// Whether constraints come from CREATE TABLE (where NOT VALID means nothing) or ALTER TABLE.
enum class ConstraintOrigin { CreateTable, AlterTable };

/// The constraints of one statement, by the phase in which PostgreSQL names them: CHECKs while
/// the table is created, then index-backed constraints (PRIMARY KEY first), then foreign keys.
struct PendingConstraints {
  std::vector<PendingConstraint> checks;
  std::vector<PendingConstraint> index_constraints;
  std::vector<PendingConstraint> foreign_keys;
  PendingConstraint* last_with_attributes = nullptr;  ///< target of a following DEFERRABLE

  /// Queues a constraint node; `column` is set for column constraints.
  void add(LoadContext& context, const PgQuery__Constraint& node, const std::string& column = "");
  /// Applies a DEFERRABLE / NOT DEFERRABLE / INITIALLY … node to the constraint before it.
  void apply_attribute(const PgQuery__Constraint& node);
};

/// Names and adds the CHECK constraints (`t_col_check` when the expression uses one column,
/// else `t_check`).
void add_check_constraints(LoadContext& context, model::Table& table,
                           const std::vector<PendingConstraint>& checks, ConstraintOrigin origin,
                           Propagation propagation);

/// Names and adds PRIMARY KEY, UNIQUE and EXCLUDE constraints in PostgreSQL's order (the
/// primary key first, repeated definitions merged), marking primary key columns NOT NULL.
void add_index_constraints(LoadContext& context, model::Table& table,
                           const std::vector<PendingConstraint>& constraints,
                           Propagation propagation);

/// Names and adds FOREIGN KEY constraints (`t_a_b_fkey`).
void add_foreign_keys(LoadContext& context, model::Table& table,
                      const std::vector<PendingConstraint>& foreign_keys, ConstraintOrigin origin,
                      Propagation propagation);

}  // namespace driftgate::parse
