#include "diff/alter_sql.hpp"
#include "diff/fix_statements.hpp"
#include "model/ddl.hpp"

// Fixes for tables, their columns and their constraints.

namespace driftgate::diff {
namespace {

using model::QualifiedName;

QualifiedName table_name(const ObjectId& object) {
  const bool is_part = object.kind == ObjectKind::Column || object.kind == ObjectKind::Constraint;
  return QualifiedName{object.schema, is_part ? object.table : object.name};
}

const model::Table* find_table(const model::Catalog& catalog, const ObjectId& object) {
  auto found = catalog.tables.find(table_name(object));
  return found == catalog.tables.end() ? nullptr : &found->second;
}

template <typename Object>
void add_comment(std::vector<std::string>& statements, const Object& object) {
  if (auto sql = model::comment_sql(object)) statements.push_back(*sql);
}

// The whole table: CREATE TABLE, the constraints that come after it, its indexes and every
// comment on it and its parts.
std::vector<std::string> create_table_statements(const model::Table& table,
                                                 const model::Catalog& catalog) {
  std::vector<std::string> statements{model::create_table_sql(table)};
  for (const auto& [name, constraint] : table.constraints) {
    if (model::constraint_placement(constraint) == model::ConstraintPlacement::AfterTables) {
      statements.push_back(model::add_constraint_sql(table.name, constraint));
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    if (index.table != table.name) continue;
    for (auto& statement : create_index_statements(index)) statements.push_back(statement);
  }
  add_comment(statements, table);
  for (const auto& column : table.columns) {
    if (auto sql = model::comment_sql(table.name, column)) statements.push_back(*sql);
  }
  for (const auto& [name, constraint] : table.constraints) {
    if (auto sql = model::comment_sql(table.name, constraint)) statements.push_back(*sql);
  }
  return statements;
}

FixStatements table_fix(const DriftItem& item, const model::Table& expected,
                        const model::Table* actual, const model::Catalog& catalog) {
  switch (item.attribute) {
    case Attribute::None: return {create_table_statements(expected, catalog), ""};
    case Attribute::Comment: {
      model::Table commented = expected;
      if (!commented.comment) commented.comment = "";
      return {{*model::comment_sql(commented)}, ""};
    }
    case Attribute::PartitionOf:
    case Attribute::PartitionBound: {
      if (!expected.partition_of) return {};
      std::vector<std::string> statements;
      if (actual != nullptr && actual->partition_of) {
        statements.push_back(detach_partition_sql(*actual->partition_of, expected.name));
      }
      statements.push_back(attach_partition_sql(*expected.partition_of, expected));
      return {statements, ""};
    }
    case Attribute::TableKind:
      if (expected.kind == model::TableKind::Partition && expected.partition_of && actual != nullptr &&
          actual->kind == model::TableKind::Ordinary) {
        return {{attach_partition_sql(*expected.partition_of, expected)}, ""};
      }
      return {{}, "PostgreSQL cannot change how a table is partitioned in place: the table must "
                  "be created anew and its rows copied over"};
    case Attribute::ColumnOrder:
      return {{}, "PostgreSQL cannot reorder columns: the table must be created anew and its rows "
                  "copied over"};
    default:
      return {{}, "PostgreSQL cannot change how a table is partitioned in place: the table must "
                  "be created anew and its rows copied over"};
  }
}

FixStatements column_fix(const DriftItem& item, const model::Table& table,
                         const model::Table* actual_table) {
  const model::Column* column = table.find_column(item.object.name);
  if (column == nullptr) return {};
  const model::Column* actual =
      actual_table == nullptr ? nullptr : actual_table->find_column(item.object.name);
  switch (item.attribute) {
    case Attribute::None: {
      std::vector<std::string> statements{add_column_sql(table.name, *column)};
      if (auto sql = model::comment_sql(table.name, *column)) statements.push_back(*sql);
      return {statements, ""};
    }
    case Attribute::Type:
      return {{alter_column_type_sql(table.name, *column)}, ""};
    case Attribute::Collation:
      return {{alter_column_type_sql(table.name, *column, true)}, ""};
    case Attribute::Nullability:
      return {{alter_column_nullability_sql(table.name, *column)}, ""};
    case Attribute::Default:
      return {{alter_column_default_sql(table.name, *column)}, ""};
    case Attribute::Identity:
      return {{alter_column_identity_sql(
                  table.name, *column,
                  actual == nullptr ? model::IdentityKind::None : actual->identity)},
              ""};
    case Attribute::IdentityOptions:
      return {{alter_identity_options_sql(table.name, *column)}, ""};
    case Attribute::Generated: {
      if (!column->generated) return {{drop_expression_sql(table.name, column->name)}, ""};
      // PostgreSQL 13 to 16 cannot change a generation expression: the column is rebuilt.
      std::vector<std::string> statements{drop_column_sql(table.name, column->name),
                                          add_column_sql(table.name, *column)};
      if (auto sql = model::comment_sql(table.name, *column)) statements.push_back(*sql);
      return {statements, ""};
    }
    default: {
      model::Column commented = *column;
      if (!commented.comment) commented.comment = "";
      return {{*model::comment_sql(table.name, commented)}, ""};
    }
  }
}

FixStatements constraint_fix(const DriftItem& item, const model::Table& table) {
  auto found = table.constraints.find(item.object.name);
  if (found == table.constraints.end()) return {};
  const model::Constraint& constraint = found->second;
  std::vector<std::string> statements;
  switch (item.attribute) {
    case Attribute::Comment: {
      model::Constraint commented = constraint;
      if (!commented.comment) commented.comment = "";
      return {{*model::comment_sql(table.name, commented)}, ""};
    }
    case Attribute::NotValid:
      if (constraint.not_valid) {
        return {{}, "the target's constraint is already validated, which NOT VALID allows: "
                    "nothing to run"};
      }
      return {{validate_constraint_sql(table.name, constraint.name)}, ""};
    case Attribute::None:
      break;
    default:
      statements.push_back(drop_constraint_sql(table.name, constraint.name));
      break;
  }
  statements.push_back(model::add_constraint_sql(table.name, constraint));
  if (auto sql = model::comment_sql(table.name, constraint)) statements.push_back(*sql);
  return {statements, ""};
}

}  // namespace

FixStatements fix_table_statements(const DriftItem& item, const model::Catalog& expected,
                                   const model::Catalog& actual) {
  const QualifiedName table = table_name(item.object);
  if (item.kind == DriftKind::Unexpected) {
    switch (item.object.kind) {
      case ObjectKind::Column: return {{drop_column_sql(table, item.object.name)}, ""};
      case ObjectKind::Constraint: return {{drop_constraint_sql(table, item.object.name)}, ""};
      default: return {{drop_table_sql(table)}, ""};
    }
  }
  const model::Table* expected_table = find_table(expected, item.object);
  if (expected_table == nullptr) return {};
  const model::Table* actual_table = find_table(actual, item.object);
  switch (item.object.kind) {
    case ObjectKind::Column: return column_fix(item, *expected_table, actual_table);
    case ObjectKind::Constraint: return constraint_fix(item, *expected_table);
    default: return table_fix(item, *expected_table, actual_table, expected);
  }
}

}  // namespace driftgate::diff
