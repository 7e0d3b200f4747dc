#include "alembic/column_spec.hpp"
#include "alembic/not_understood.hpp"
#include "alembic/operation_context.hpp"
#include "alembic/sql_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::alembic {

void add_column_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string table_name = string_argument(call.argument(0, "table_name"), "the table name");
  const std::string schema = optional_string(call.keyword("schema"), "schema=");
  const std::string table = qualified(schema, table_name);
  const Expression* column_call = call.argument(1, "column");
  if (column_call == nullptr) throw NotUnderstood("add_column without a column");
  const ColumnSpec column = read_column(*column_call);
  context.ensure_enum(column.type);
  context.note_type(column.type);
  const bool not_null = column.primary_key || column.nullable == false;
  auto& statements = context.out.statements;
  statements.push_back("ALTER TABLE " + table + " ADD COLUMN " + column_definition(column, not_null));
  // Alembic adds the column's other constraints and indexes right after it.
  const std::string quoted = model::quote_ident(column.name);
  if (column.primary_key) statements.push_back("ALTER TABLE " + table + " ADD PRIMARY KEY (" + quoted + ")");
  if (column.unique) statements.push_back("ALTER TABLE " + table + " ADD UNIQUE (" + quoted + ")");
  for (const ColumnForeignKey& key : column.foreign_keys) {
    statements.push_back("ALTER TABLE " + table + " ADD " +
                         (key.name.empty() ? "" : "CONSTRAINT " + model::quote_ident(key.name) + " ") + "FOREIGN KEY(" +
                         quoted + ") REFERENCES " + qualified(key.ref_schema, key.ref_table) + " (" +
                         model::quote_ident(key.ref_column) + ")" + key.actions);
  }
  if (column.index) {
    statements.push_back("CREATE INDEX " + model::quote_ident("ix_" + (schema.empty() ? "" : schema + "_") + table_name +
                                                              "_" + column.name) +
                         " ON " + table + " (" + quoted + ")");
  }
  if (column.comment) {
    statements.push_back("COMMENT ON COLUMN " + table + "." + quoted + " IS " + model::quote_literal(*column.comment));
  }
}

void drop_column_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string table = qualified(optional_string(call.keyword("schema"), "schema="),
                                      string_argument(call.argument(0, "table_name"), "the table name"));
  const std::string column = string_argument(call.argument(1, "column_name"), "the column name");
  context.out.statements.push_back("ALTER TABLE " + table + " DROP COLUMN " + model::quote_ident(column));
}

void alter_column_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string table = qualified(optional_string(call.keyword("schema"), "schema="),
                                      string_argument(call.argument(0, "table_name"), "the table name"));
  const std::string column_name = string_argument(call.argument(1, "column_name"), "the column name");
  const std::string column = model::quote_ident(column_name);
  const std::string alter = "ALTER TABLE " + table + " ALTER COLUMN " + column;
  auto& statements = context.out.statements;
  if (const Expression* type = call.keyword("type_"); type != nullptr && !type->is_none()) {
    const SqlType sql = sql_type(*type);
    context.ensure_enum(sql);
    context.note_type(sql);
    statements.push_back(alter + " TYPE " + sql.sql);
  }
  if (const Expression* nullable = call.keyword("nullable"); nullable != nullptr && !nullable->is_none()) {
    statements.push_back(alter + (flag(nullable, true) ? " DROP NOT NULL" : " SET NOT NULL"));
  }
  if (const Expression* server_default = call.keyword("server_default"); server_default != nullptr) {
    // False is Alembic's "leave the default alone"; None drops it.
    if (server_default->is_none()) {
      statements.push_back(alter + " DROP DEFAULT");
    } else if (!server_default->is_false()) {
      statements.push_back(alter + " SET DEFAULT " + sql_expression(*server_default, false));
    }
  }
  if (const Expression* comment = call.keyword("comment"); comment != nullptr && !comment->is_false()) {
    statements.push_back("COMMENT ON COLUMN " + table + "." + column + " IS " +
                         (comment->is_none() ? std::string("NULL")
                                             : model::quote_literal(string_argument(comment, "comment="))));
  }
  if (const Expression* new_name = call.keyword("new_column_name"); new_name != nullptr && !new_name->is_none()) {
    statements.push_back("ALTER TABLE " + table + " RENAME COLUMN " + column + " TO " +
                         model::quote_ident(string_argument(new_name, "new_column_name=")));
  }
}

}  // namespace driftgate::alembic
