#pragma once

#include <string>
#include <vector>

#include "alembic/operation_sql.hpp"
#include "alembic/python_expression.hpp"
#include "alembic/sql_types.hpp"
#include "model/catalog.hpp"

namespace driftgate::alembic {

/// What each operation translator works with: the call (batch calls already given their
/// table), the model so far, and the SQL being produced.
struct OperationContext {
  const Expression& call;
  const model::Catalog& documented;
  OperationSql& out;

  /// Adds `CREATE TYPE … AS ENUM` before the statement using `type`, when the type brings an
  /// enum the model does not have yet.
  void ensure_enum(const SqlType& type);
  /// Records a note for a type kept by name.
  void note_type(const SqlType& type);
};

/// op.create_table(name, *columns_and_constraints, schema=, comment=).
void create_table_sql(OperationContext& context);
/// op.drop_table(name, schema=).
void drop_table_sql(OperationContext& context);
/// op.rename_table(old, new, schema=).
void rename_table_sql(OperationContext& context);
/// op.create_table_comment(table, comment, schema=) and op.drop_table_comment(table, schema=).
void table_comment_sql(OperationContext& context, bool drop);
/// op.add_column(table, column, schema=).
void add_column_sql(OperationContext& context);
/// op.drop_column(table, column, schema=).
void drop_column_sql(OperationContext& context);
/// op.alter_column(table, column, nullable=, server_default=, new_column_name=, type_=, comment=, schema=).
void alter_column_sql(OperationContext& context);
/// op.create_index(name, table, columns, unique=, schema=, postgresql_where=, postgresql_using=).
void create_index_sql(OperationContext& context);
/// op.drop_index(name, table_name=, schema=).
void drop_index_sql(OperationContext& context);
/// op.create_unique_constraint / create_primary_key / create_check_constraint / create_foreign_key.
void create_constraint_sql(OperationContext& context, const std::string& operation);
/// op.drop_constraint(name, table, type_=, schema=).
void drop_constraint_sql(OperationContext& context);
/// op.execute("…") / op.execute(sa.text("…")) / bind.execute(…).
void execute_sql(OperationContext& context);
/// `sa.Enum(…).create(bind)` / `postgresql.ENUM(…).drop(bind)`.
void enum_type_sql(OperationContext& context, const Expression& type, bool drop);

/// `CREATE [UNIQUE] INDEX name ON table USING m (keys) INCLUDE (…) WHERE …` from an index call's
/// key items (column names or sa.text expressions) and postgresql_* keywords.
std::string index_statement(const std::string& name, const std::string& table,
                            const std::vector<Expression>& keys, const Expression& call, bool unique);

}  // namespace driftgate::alembic
