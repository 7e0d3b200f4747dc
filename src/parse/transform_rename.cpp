#include <algorithm>

#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

// ALTER … RENAME, for migration replay: the object moves to its new name and every reference
// the model keeps by name (indexes' tables, foreign keys, owned sequences, keys) follows it.

namespace driftgate::parse {
namespace {

void rename_in(std::vector<std::string>& names, const std::string& from, const std::string& to) {
  std::replace(names.begin(), names.end(), from, to);
}

void rename_table(LoadContext& context, const PgQuery__RenameStmt& statement) {
  model::Table* found = context.find_table(*statement.relation);
  if (found == nullptr) {
    if (statement.missing_ok) return context.skip("ALTER TABLE IF EXISTS … RENAME: no such table");
    context.require_table(*statement.relation);
    return;
  }
  model::Catalog& catalog = context.catalog();
  const model::QualifiedName from = found->name;
  const model::QualifiedName to{from.schema, std::string(text_of(statement.newname))};
  if (context.relation_name_taken(to.schema, to.name)) {
    throw StatementError("relation " + model::to_sql(to) + " already exists; the table cannot take its name");
  }
  model::Table table = std::move(*found);
  catalog.tables.erase(from);
  table.name = to;
  const RelationEntry entry = *context.relation(from);
  context.release_relation(from);
  context.claim_relation(to, RelationKind::Table, entry.location);
  catalog.tables.emplace(to, std::move(table));
  for (auto& [name, index] : catalog.indexes) {
    if (index.table == from) index.table = to;
  }
  for (auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by && sequence.owned_by->table == from) sequence.owned_by->table = to;
  }
  for (auto& [name, other] : catalog.tables) {
    for (auto& [constraint_name, constraint] : other.constraints) {
      if (constraint.foreign_key && constraint.foreign_key->ref_table == from) constraint.foreign_key->ref_table = to;
    }
  }
}

void rename_column(LoadContext& context, const PgQuery__RenameStmt& statement) {
  model::Table& table = context.require_table(*statement.relation);
  const std::string from(text_of(statement.subname));
  const std::string to(text_of(statement.newname));
  model::Column* column = table.find_column(from);
  if (column == nullptr) {
    throw StatementError("column " + model::quote_ident(from) + " of table " + model::to_sql(table.name) +
                         " is not defined before this statement, so it cannot be renamed");
  }
  if (table.find_column(to) != nullptr) {
    throw StatementError("column " + model::quote_ident(to) + " of table " + model::to_sql(table.name) + " already exists");
  }
  column->name = to;
  for (auto& [name, constraint] : table.constraints) {
    rename_in(constraint.columns, from, to);
    rename_in(constraint.include, from, to);
  }
  model::Catalog& catalog = context.catalog();
  for (auto& [name, index] : catalog.indexes) {
    if (index.table != table.name) continue;
    for (model::IndexKey& key : index.keys) {
      if (!key.is_expression && key.element == from) key.element = to;
    }
    rename_in(index.include, from, to);
  }
  for (auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by && sequence.owned_by->table == table.name && sequence.owned_by->column == from) {
      sequence.owned_by->column = to;
    }
  }
  for (auto& [name, other] : catalog.tables) {
    for (auto& [constraint_name, constraint] : other.constraints) {
      if (constraint.foreign_key && constraint.foreign_key->ref_table == table.name) {
        rename_in(constraint.foreign_key->ref_columns, from, to);
      }
    }
  }
}

/// Renames the constraint `from` of `table`; its backing index (if any) follows.
void rename_constraint_of(LoadContext& context, model::Table& table, const std::string& from, const std::string& to) {
  auto found = table.constraints.find(from);
  if (found == table.constraints.end()) {
    throw StatementError("constraint " + model::quote_ident(from) + " of table " + model::to_sql(table.name) +
                         " is not defined before this statement, so it cannot be renamed");
  }
  model::Constraint constraint = std::move(found->second);
  table.constraints.erase(found);
  constraint.name = to;
  context.release_constraint_name(table.name.schema, from);
  context.claim_constraint_name(table.name.schema, to);
  const model::QualifiedName index{table.name.schema, from};
  const RelationEntry* entry = context.relation(index);
  if (entry != nullptr && entry->kind == RelationKind::ConstraintIndex) {
    const RelationEntry copy = *entry;
    context.release_relation(index);
    context.claim_relation({table.name.schema, to}, RelationKind::ConstraintIndex, copy.location, copy.table);
  }
  table.constraints.emplace(to, std::move(constraint));
}

void rename_index(LoadContext& context, const PgQuery__RenameStmt& statement) {
  const PgQuery__RangeVar& relation = *statement.relation;
  const model::QualifiedName from = context.resolve_relation(text_of(relation.schemaname), text_of(relation.relname));
  const model::QualifiedName to{from.schema, std::string(text_of(statement.newname))};
  model::Catalog& catalog = context.catalog();
  auto found = catalog.indexes.find(from);
  if (found != catalog.indexes.end()) {
    model::Index index = std::move(found->second);
    catalog.indexes.erase(found);
    index.name = to;
    context.release_relation(from);
    context.claim_relation(to, RelationKind::Index, index.location, index.table);
    catalog.indexes.emplace(to, std::move(index));
    return;
  }
  const RelationEntry* entry = context.relation(from);
  if (entry != nullptr && entry->kind == RelationKind::ConstraintIndex) {
    auto table = catalog.tables.find(entry->table);
    if (table != catalog.tables.end()) return rename_constraint_of(context, table->second, from.name, to.name);
  }
  if (statement.missing_ok) return context.skip("ALTER INDEX IF EXISTS … RENAME: no such index");
  throw StatementError("index " + model::to_sql(from) + " is not defined before this statement, so it cannot be renamed");
}

void rename_type(LoadContext& context, const PgQuery__RenameStmt& statement) {
  const std::vector<std::string> parts = string_values(list_items(statement.object));
  if (parts.empty()) return;
  const std::string schema = parts.size() >= 2 ? parts[parts.size() - 2] : context.resolve_type_schema(parts.back());
  const model::QualifiedName from{schema, parts.back()};
  const model::QualifiedName to{schema, std::string(text_of(statement.newname))};
  model::Catalog& catalog = context.catalog();
  auto found = catalog.enums.find(from);
  if (found == catalog.enums.end()) {
    throw StatementError("type " + model::to_sql(from) + " is not defined before this statement, so it cannot be renamed");
  }
  model::EnumType type = std::move(found->second);
  catalog.enums.erase(found);
  type.name = to;
  catalog.enums.emplace(to, std::move(type));
  const std::string old_text = model::to_sql(from);
  const std::string new_text = model::to_sql(to);
  for (auto& [name, table] : catalog.tables) {
    for (model::Column& column : table.columns) {
      if (column.type == old_text) column.type = new_text;
      if (column.type == old_text + "[]") column.type = new_text + "[]";
    }
  }
}

}  // namespace

void transform_rename(LoadContext& context, const PgQuery__RenameStmt& statement) {
  switch (statement.rename_type) {
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
      return rename_table(context, statement);
    case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
      if (statement.relation_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) break;
      return rename_column(context, statement);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
      return rename_constraint_of(context, context.require_table(*statement.relation),
                                  std::string(text_of(statement.subname)), std::string(text_of(statement.newname)));
    case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
      return rename_index(context, statement);
    case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
      return rename_type(context, statement);
    default:
      break;
  }
  context.warn("this RENAME is not part of driftgate's model yet; the statement was ignored");
}

}  // namespace driftgate::parse
