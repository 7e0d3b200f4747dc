#include <algorithm>

#include "model/identifier.hpp"
#include "parse/column_definition.hpp"
#include "parse/deparse.hpp"
#include "parse/partitions.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/sequence_option_list.hpp"
#include "parse/statement_error.hpp"
#include "parse/table_constraints.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

/// One ALTER TABLE statement's target and how far its changes reach.
struct AlterTarget {
  model::Table& table;
  Propagation propagation;
};

model::Column& require_column(model::Table& table, const char* name) {
  model::Column* column = table.find_column(std::string(text_of(name)));
  if (column == nullptr) {
    throw StatementError("column " + model::quote_ident(text_of(name)) + " of table " + model::to_sql(table.name) +
                         " is not defined before this statement");
  }
  return *column;
}

/// Runs `change` on the column of the table and, unless ONLY was written, on the same column
/// of every partition below it.
template <typename Change>
void change_column(LoadContext& context, AlterTarget& target, const char* column_name, Change change) {
  change(require_column(target.table, column_name));
  if (target.propagation == Propagation::ThisTableOnly) return;
  std::vector<model::Table*> pending = partition_tables(context, target.table.name);
  while (!pending.empty()) {
    model::Table* partition = pending.back();
    pending.pop_back();
    if (model::Column* column = partition->find_column(std::string(text_of(column_name))); column != nullptr) change(*column);
    for (model::Table* child : partition_tables(context, partition->name)) pending.push_back(child);
  }
}

void add_column(LoadContext& context, AlterTarget& target, const PgQuery__AlterTableCmd& command) {
  if (command.def == nullptr || command.def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF) return;
  const PgQuery__ColumnDef& definition = *command.def->column_def;
  model::Table& table = target.table;
  if (const model::Column* existing = table.find_column(std::string(text_of(definition.colname))); existing != nullptr) {
    if (command.missing_ok) {
      context.skip("ADD COLUMN IF NOT EXISTS " + model::quote_ident(existing->name) + ": table " +
                   model::to_sql(table.name) + " already has it");
      return;
    }
    context.fail_duplicate("column " + model::quote_ident(existing->name) + " of table " + model::to_sql(table.name),
                           existing->location);
  }
  PendingConstraints pending;
  table.columns.push_back(build_column(context, table.name, definition, pending));
  // A partitioned table's partitions always get its new columns.
  std::vector<model::Table*> partitions = partition_tables(context, table.name);
  while (!partitions.empty()) {
    model::Table* partition = partitions.back();
    partitions.pop_back();
    partition->columns.push_back(copy_parent_column(table.columns.back(), context.statement_location()));
    for (model::Table* child : partition_tables(context, partition->name)) partitions.push_back(child);
  }
  add_check_constraints(context, table, pending.checks, ConstraintOrigin::AlterTable, target.propagation);
  add_index_constraints(context, table, pending.index_constraints, target.propagation);
  add_foreign_keys(context, table, pending.foreign_keys, ConstraintOrigin::AlterTable, target.propagation);
}

void add_constraint(LoadContext& context, AlterTarget& target, const PgQuery__AlterTableCmd& command) {
  if (command.def == nullptr || command.def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) return;
  PendingConstraints pending;
  pending.add(context, *command.def->constraint);
  add_check_constraints(context, target.table, pending.checks, ConstraintOrigin::AlterTable, target.propagation);
  add_index_constraints(context, target.table, pending.index_constraints, target.propagation);
  add_foreign_keys(context, target.table, pending.foreign_keys, ConstraintOrigin::AlterTable, target.propagation);
}

void attach_partition(LoadContext& context, model::Table& parent, const PgQuery__AlterTableCmd& command) {
  if (command.def == nullptr || command.def->node_case != PG_QUERY__NODE__NODE_PARTITION_CMD) return;
  const PgQuery__PartitionCmd& partition_command = *command.def->partition_cmd;
  if (!parent.partition_key) {
    throw StatementError("table " + model::to_sql(parent.name) +
                         " is not partitioned, so it cannot have partitions; add PARTITION BY to it");
  }
  model::Table& partition = context.require_table(*partition_command.name);
  if (partition.partition_of) {
    throw StatementError("table " + model::to_sql(partition.name) + " is already a partition of " +
                         model::to_sql(*partition.partition_of));
  }
  partition.kind = model::TableKind::Partition;  // a partitioned partition keeps its key
  partition.partition_of = parent.name;
  partition.partition_bound = deparse_partition_bound(partition_command.bound);
  context.add_partition(parent.name, partition.name);
  inherit_from_parent(context, parent, partition);
}

void set_identity(LoadContext& context, model::Column& column, const PgQuery__AlterTableCmd& command) {
  if (column.identity == model::IdentityKind::None || !column.identity_options) {
    throw StatementError("column " + model::quote_ident(column.name) + " is not an identity column");
  }
  const NodeList options = list_items(command.def);
  for (const PgQuery__Node* node : options) {
    if (node->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && text_of(node->def_elem->defname) == "generated") {
      const auto kind = integer_value(node->def_elem->arg);
      column.identity = kind && *kind == 'd' ? model::IdentityKind::ByDefault : model::IdentityKind::Always;
    }
  }
  column.identity_options = resolve_altered_sequence_options(*column.identity_options,
                                                             read_sequence_options(context, options));
}

/// Subcommands about storage and statistics, which the model does not describe.
bool is_storage_setting(PgQuery__AlterTableType type) {
  switch (type) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplaceRelOptions:
      return true;
    default:
      return false;
  }
}

std::string subcommand_name(PgQuery__AlterTableType type) {
  const ProtobufCEnumValue* value =
      protobuf_c_enum_descriptor_get_value(&pg_query__alter_table_type__descriptor, static_cast<int>(type));
  std::string name = value != nullptr ? value->name : "unknown";
  if (name.rfind("AT_", 0) == 0) name.erase(0, 3);
  return name;
}

void alter_table_command(LoadContext& context, AlterTarget& target, const PgQuery__AlterTableCmd& command) {
  model::Table& table = target.table;
  switch (command.subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumnRecurse:
      return add_column(context, target, command);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraintRecurse:
      return add_constraint(context, target, command);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault: {
      return change_column(context, target, command.name, [&](model::Column& column) {
        column.default_expr = command.def == nullptr ? std::nullopt
                                                     : default_text(context, command.def, column.type);
      });
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
      return change_column(context, target, command.name, [](model::Column& column) { column.not_null = true; });
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
      return change_column(context, target, command.name, [](model::Column& column) { column.not_null = false; });
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
      if (command.def == nullptr || command.def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF ||
          command.def->column_def->type_name == nullptr) {
        return;
      }
      const std::string type = context.canonical_type(*command.def->column_def->type_name);
      return change_column(context, target, command.name, [&](model::Column& column) { column.type = type; });
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity:
      if (command.def == nullptr || command.def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) return;
      return make_identity_column(context, table.name, require_column(table, command.name),
                                  *command.def->constraint);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity:
      return set_identity(context, require_column(table, command.name), command);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity: {
      model::Column& column = require_column(table, command.name);
      column.identity = model::IdentityKind::None;
      column.identity_options.reset();
      return;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
      return attach_partition(context, table, command);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
      return context.skip("ALTER TABLE " + model::to_sql(table.name) + " OWNER TO: defines no schema objects");
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
      if (!context.replays_migration()) break;
      return drop_table_column(context, table, std::string(text_of(command.name)), command.missing_ok);
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
      if (!context.replays_migration()) break;
      return drop_table_constraint(context, table, std::string(text_of(command.name)), command.missing_ok);
    default:
      break;
  }
  if (is_storage_setting(command.subtype)) {
    context.skip("ALTER TABLE " + model::to_sql(table.name) + " " + subcommand_name(command.subtype) +
                 ": a storage setting, not part of the model");
  } else {
    context.warn("ALTER TABLE " + model::to_sql(table.name) + " " + subcommand_name(command.subtype) +
                 " is not part of driftgate's model yet; this part of the statement was ignored");
  }
}

void alter_index(LoadContext& context, const PgQuery__AlterTableStmt& statement) {
  for (const PgQuery__Node* node : nodes(statement.cmds, statement.n_cmds)) {
    if (node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
    const PgQuery__AlterTableCmd& command = *node->alter_table_cmd;
    if (command.subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition && command.def != nullptr &&
        command.def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD) {
      const PgQuery__RangeVar& index = *command.def->partition_cmd->name;
      attach_partition_index(context, context.resolve_relation(text_of(index.schemaname), text_of(index.relname)));
    } else if (is_storage_setting(command.subtype)) {
      context.skip("ALTER INDEX " + subcommand_name(command.subtype) + ": a storage setting, not part of the model");
    } else {
      context.warn("ALTER INDEX " + subcommand_name(command.subtype) +
                   " is not part of driftgate's model yet; the statement was ignored");
    }
  }
}

}  // namespace

void transform_alter_table(LoadContext& context, const PgQuery__AlterTableStmt& statement) {
  if (statement.objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) return alter_index(context, statement);
  const bool owner_only = std::all_of(statement.cmds, statement.cmds + statement.n_cmds, [](const PgQuery__Node* node) {
    return node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD &&
           node->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner;
  });
  if (owner_only) return context.skip("ALTER … OWNER TO: defines no schema objects");
  if (statement.objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
    return context.warn("ALTER VIEW/SEQUENCE/FOREIGN TABLE " + std::string(text_of(statement.relation->relname)) +
                        " with these subcommands is not part of driftgate's model yet; the statement was ignored");
  }
  model::Table* table = context.find_table(*statement.relation);
  if (table == nullptr) {
    if (statement.missing_ok) {
      return context.skip("ALTER TABLE IF EXISTS " + std::string(text_of(statement.relation->relname)) +
                          ": no such table");
    }
    context.require_table(*statement.relation);
  }
  AlterTarget target{*table, statement.relation->inh ? Propagation::ToPartitions : Propagation::ThisTableOnly};
  for (const PgQuery__Node* node : nodes(statement.cmds, statement.n_cmds)) {
    if (node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) alter_table_command(context, target, *node->alter_table_cmd);
  }
}

}  // namespace driftgate::parse
