#pragma once

#include <string>
#include <vector>

#include "model/constraint.hpp"
#include "model/index.hpp"
#include "model/table.hpp"
#include "parse/load_context.hpp"

namespace driftgate::parse {

/// Whether a new index or constraint also reaches the table's partitions (`ALTER TABLE ONLY`
/// and `CREATE INDEX … ON ONLY` stop at the table).
enum class Propagation { ThisTableOnly, ToPartitions };

/// The partition tables directly below `table` (empty when it has none).
std::vector<model::Table*> partition_tables(LoadContext& context, const model::QualifiedName& table);

/// What an index is, without its name: equal for a parent's index and a partition's index that
/// PostgreSQL would attach to it.
std::string index_signature(const model::Index& index);

/// What an index-backed constraint is, without its name.
std::string constraint_signature(const model::Constraint& constraint);

/// The columns a new partition gets from its parent: name, type, collation, NOT NULL, default
/// and generation expression (not identity, not comments), in the parent's order.
void copy_parent_columns(const model::Table& parent, model::Table& partition);

/// Makes `partition` a partition of `parent` the way PostgreSQL does: it inherits the parent's
/// CHECK constraints and foreign keys (a same-named one of its own merges into them) and gets a
/// copy of each of the parent's indexes (an equivalent index of its own is attached instead).
/// What now belongs to the parent leaves the partition's model; the names stay taken.
void inherit_from_parent(LoadContext& context, const model::Table& parent, model::Table& partition);

/// A new index (or index-backed constraint) of `table` reaches its existing partitions.
void propagate_index(LoadContext& context, const model::QualifiedName& table, const IndexFacts& facts);

/// A new CHECK or FOREIGN KEY constraint of `table` reaches its existing partitions.
void propagate_constraint(LoadContext& context, const model::QualifiedName& table,
                          const model::Constraint& constraint);

/// Removes index `name` of a partition from the model because it now belongs to its parent's
/// index (`ALTER INDEX parent ATTACH PARTITION name`). Throws a StatementError when unknown.
void attach_partition_index(LoadContext& context, const model::QualifiedName& name);

}  // namespace driftgate::parse
