#include "model/identifier.hpp"
#include "parse/column_definition.hpp"
#include "parse/deparse.hpp"
#include "parse/partitions.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/table_constraints.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

std::string relation_text(const PgQuery__RangeVar& relation) {
  const std::string_view schema = text_of(relation.schemaname);
  return (schema.empty() ? "" : model::quote_ident(schema) + ".") + model::quote_ident(text_of(relation.relname));
}

/// `PARTITION OF parent`: the parent's columns first, then the column options written here.
const model::Table& start_partition(LoadContext& context, const PgQuery__CreateStmt& statement,
                                    model::Table& table) {
  if (statement.n_inh_relations != 1 ||
      statement.inh_relations[0]->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) {
    throw StatementError("PARTITION OF needs exactly one parent table");
  }
  const model::Table& parent = context.require_table(*statement.inh_relations[0]->range_var);
  if (!parent.partition_key) {
    throw StatementError("table " + model::to_sql(parent.name) +
                         " is not partitioned, so it cannot have partitions; add PARTITION BY to it");
  }
  table.kind = model::TableKind::Partition;
  table.partition_of = parent.name;
  table.partition_bound = deparse_partition_bound(statement.partbound);
  copy_parent_columns(parent, table);
  return parent;
}

void add_column_definition(LoadContext& context, model::Table& table, const PgQuery__ColumnDef& definition,
                           PendingConstraints& pending) {
  model::Column* existing = table.find_column(std::string(text_of(definition.colname)));
  if (existing != nullptr) {
    if (table.kind == model::TableKind::Partition && definition.type_name == nullptr) {
      apply_column_constraints(context, table.name, *existing, definition, pending);
      return;
    }
    context.fail_duplicate("column " + model::quote_ident(existing->name) + " of table " + model::to_sql(table.name),
                           existing->location);
  }
  if (table.kind == model::TableKind::Partition) {
    throw StatementError("column " + model::quote_ident(text_of(definition.colname)) +
                         " is not a column of the parent table; a partition has exactly its parent's columns");
  }
  table.columns.push_back(build_column(context, table.name, definition, pending));
}

}  // namespace

void transform_create_table(LoadContext& context, const PgQuery__CreateStmt& statement) {
  const model::QualifiedName name = context.creation_name(*statement.relation);
  if (const RelationEntry* existing = context.relation(name); existing != nullptr && statement.if_not_exists) {
    context.skip("CREATE TABLE IF NOT EXISTS " + model::to_sql(name) + ": already defined at " +
                 format_location(existing->location));
    return;
  }
  if (text_of(statement.relation->relpersistence) == "t") {
    context.warn("temporary table " + model::to_sql(name) + " is not part of the schema; ignored");
    return;
  }
  if (statement.of_typename != nullptr) {
    context.warn("typed table " + model::to_sql(name) + " (CREATE TABLE … OF type) is not supported; ignored");
    return;
  }

  model::Table table;
  table.name = name;
  table.location = context.statement_location();
  const model::Table* parent = nullptr;
  if (statement.partbound != nullptr) {
    parent = &start_partition(context, statement, table);
  } else if (statement.n_inh_relations > 0) {
    std::string parents;
    for (const PgQuery__Node* node : nodes(statement.inh_relations, statement.n_inh_relations)) {
      if (node->node_case != PG_QUERY__NODE__NODE_RANGE_VAR) continue;
      parents += (parents.empty() ? "" : ", ") + relation_text(*node->range_var);
    }
    context.warn("table " + model::to_sql(name) + " INHERITS (" + parents +
                 "): inheritance is not modelled, so the inherited columns and constraints are "
                 "missing from this table's model");
  }

  // Serial and identity sequences get their names first, before the table exists.
  PendingConstraints pending;
  table.columns.reserve(statement.n_table_elts);  // at most one column per element
  for (const PgQuery__Node* element : nodes(statement.table_elts, statement.n_table_elts)) {
    switch (element->node_case) {
      case PG_QUERY__NODE__NODE_COLUMN_DEF:
        add_column_definition(context, table, *element->column_def, pending);
        break;
      case PG_QUERY__NODE__NODE_CONSTRAINT:
        if (element->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) break;
        pending.add(context, *element->constraint);
        break;
      case PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE:
        context.warn("table " + model::to_sql(name) + " uses LIKE " +
                     relation_text(*element->table_like_clause->relation) +
                     ": copying a table's definition is not modelled, so the copied columns and "
                     "constraints are missing from this table's model; write them out instead");
        break;
      default:
        break;
    }
  }
  if (statement.partspec != nullptr) {
    // A partition that is itself partitioned stays a Partition (with a key), as introspection
    // reads it: relispartition decides the kind.
    if (table.kind != model::TableKind::Partition) table.kind = model::TableKind::Partitioned;
    table.partition_key = deparse_partition_key(statement.partspec);
  }

  // Then PostgreSQL's order: the table, its CHECKs, what a partition receives from its parent,
  // index-backed constraints (primary key first), foreign keys.
  context.claim_relation(name, RelationKind::Table, table.location);
  if (parent != nullptr) {
    inherit_from_parent(context, *parent, table);
    context.add_partition(parent->name, name);
  }
  add_check_constraints(context, table, pending.checks, ConstraintOrigin::CreateTable, Propagation::ThisTableOnly);
  add_index_constraints(context, table, pending.index_constraints, Propagation::ThisTableOnly);
  add_foreign_keys(context, table, pending.foreign_keys, ConstraintOrigin::CreateTable, Propagation::ThisTableOnly);
  context.catalog().tables.emplace(name, std::move(table));
}

}  // namespace driftgate::parse
