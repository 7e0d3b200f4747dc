#include <algorithm>

#include "alembic/column_spec.hpp"
#include "alembic/not_understood.hpp"
#include "alembic/operation_context.hpp"
#include "alembic/sql_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::alembic {
namespace {

bool is_call_named(const Expression& expression, const std::string& name) {
  return expression.kind == ExpressionKind::Call && expression.receiver.empty() && last_name_part(expression.text) == name;
}

std::string constraint_prefix(const Expression& call) {
  const std::string name = optional_string(call.keyword("name"), "the constraint name");
  return name.empty() ? "" : "CONSTRAINT " + model::quote_ident(name) + " ";
}

/// Names passed to a constraint call: strings, or Column-like expressions are not read.
std::vector<std::string> constraint_columns(const Expression& call) {
  std::vector<std::string> names;
  for (const auto& item : call.items) names.push_back(string_argument(&item, "a constraint column"));
  return names;
}

/// `schema.table.column` (or `table.column`) split into the referenced table and column.
struct Reference {
  std::string schema;
  std::string table;
  std::string column;
};

Reference parse_reference(const std::string& text) {
  Reference reference;
  const auto last = text.rfind('.');
  if (last == std::string::npos) throw NotUnderstood("foreign key target `" + text + "` must be table.column");
  reference.column = text.substr(last + 1);
  reference.table = text.substr(0, last);
  if (const auto dot = reference.table.rfind('.'); dot != std::string::npos) {
    reference.schema = reference.table.substr(0, dot);
    reference.table = reference.table.substr(dot + 1);
  }
  return reference;
}

std::string foreign_key_constraint(const Expression& call) {
  const std::vector<std::string> local = name_list(call.argument(0, "columns"), "the foreign key's columns");
  const std::vector<std::string> remote = name_list(call.argument(1, "refcolumns"), "the referenced columns");
  if (remote.empty()) throw NotUnderstood("foreign key without referenced columns");
  const Reference first = parse_reference(remote.front());
  std::vector<std::string> remote_columns;
  for (const auto& text : remote) remote_columns.push_back(parse_reference(text).column);
  return constraint_prefix(call) + "FOREIGN KEY(" + column_list(local) + ") REFERENCES " +
         qualified(first.schema, first.table) + " (" + column_list(remote_columns) + ")" + foreign_key_actions(call);
}

}  // namespace

void create_table_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string table_name = string_argument(call.argument(0, "table_name"), "the table name");
  const std::string schema = optional_string(call.keyword("schema"), "schema=");
  const std::string table = qualified(schema, table_name);
  std::vector<ColumnSpec> columns;
  std::vector<std::string> primary_key;
  std::string primary_key_prefix;
  std::vector<std::string> constraints;
  std::vector<std::string> after;
  for (std::size_t i = 1; i < call.items.size(); ++i) {
    const Expression& item = call.items[i];
    if (is_call_named(item, "Column")) {
      columns.push_back(read_column(item));
      if (columns.back().primary_key) primary_key.push_back(columns.back().name);
    } else if (is_call_named(item, "PrimaryKeyConstraint")) {
      primary_key = constraint_columns(item);
      primary_key_prefix = constraint_prefix(item);
    } else if (is_call_named(item, "ForeignKeyConstraint")) {
      constraints.push_back(foreign_key_constraint(item));
    } else if (is_call_named(item, "UniqueConstraint")) {
      constraints.push_back(constraint_prefix(item) + "UNIQUE (" + column_list(constraint_columns(item)) + ")");
    } else if (is_call_named(item, "CheckConstraint")) {
      const Expression* condition = item.argument(0, "sqltext");
      if (condition == nullptr) throw NotUnderstood("CheckConstraint without a condition");
      constraints.push_back(constraint_prefix(item) + "CHECK (" + sql_expression(*condition, true) + ")");
    } else if (is_call_named(item, "Index")) {
      const std::string index_name = string_argument(item.argument(0, "name"), "the index name");
      std::vector<Expression> keys(item.items.begin() + 1, item.items.end());
      after.push_back(index_statement(index_name, table, keys, item, flag(item.keyword("unique"), false)));
    } else {
      throw NotUnderstood("`" + item.source + "` inside create_table is not understood");
    }
  }
  std::vector<std::string> elements;
  for (const ColumnSpec& column : columns) {
    context.ensure_enum(column.type);
    context.note_type(column.type);
    const bool in_primary_key = std::find(primary_key.begin(), primary_key.end(), column.name) != primary_key.end();
    const bool serial = primary_key.size() == 1 && in_primary_key && is_autoincrement(column);
    const bool not_null = in_primary_key || column.nullable == false;
    elements.push_back(column_definition(column, not_null, serial ? column.type.serial : ""));
  }
  if (!primary_key.empty()) elements.push_back(primary_key_prefix + "PRIMARY KEY (" + column_list(primary_key) + ")");
  for (const ColumnSpec& column : columns) {
    for (const ColumnForeignKey& key : column.foreign_keys) {
      elements.push_back((key.name.empty() ? "" : "CONSTRAINT " + model::quote_ident(key.name) + " ") +
                         "FOREIGN KEY(" + model::quote_ident(column.name) + ") REFERENCES " +
                         qualified(key.ref_schema, key.ref_table) + " (" + model::quote_ident(key.ref_column) + ")" +
                         key.actions);
    }
    if (column.unique) elements.push_back("UNIQUE (" + model::quote_ident(column.name) + ")");
  }
  elements.insert(elements.end(), constraints.begin(), constraints.end());
  std::string body;
  for (const auto& element : elements) body += (body.empty() ? "" : ", ") + element;
  context.out.statements.push_back("CREATE TABLE " + table + " (" + body + ")");
  for (const ColumnSpec& column : columns) {
    if (column.index) {
      after.push_back("CREATE " + std::string(column.unique ? "UNIQUE " : "") + "INDEX " +
                      model::quote_ident("ix_" + (schema.empty() ? "" : schema + "_") + table_name + "_" + column.name) +
                      " ON " + table + " (" + model::quote_ident(column.name) + ")");
    }
    if (column.comment) {
      after.push_back("COMMENT ON COLUMN " + table + "." + model::quote_ident(column.name) + " IS " +
                      model::quote_literal(*column.comment));
    }
  }
  if (const Expression* comment = call.keyword("comment"); comment != nullptr && !comment->is_none()) {
    after.push_back("COMMENT ON TABLE " + table + " IS " + model::quote_literal(string_argument(comment, "comment=")));
  }
  context.out.statements.insert(context.out.statements.end(), after.begin(), after.end());
}

void drop_table_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string table = qualified(optional_string(call.keyword("schema"), "schema="),
                                      string_argument(call.argument(0, "table_name"), "the table name"));
  context.out.statements.push_back("DROP TABLE " + table);
}

void rename_table_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string schema = optional_string(call.keyword("schema"), "schema=");
  const std::string old_name = string_argument(call.argument(0, "old_table_name"), "the old table name");
  const std::string new_name = string_argument(call.argument(1, "new_table_name"), "the new table name");
  context.out.statements.push_back("ALTER TABLE " + qualified(schema, old_name) + " RENAME TO " + model::quote_ident(new_name));
}

void table_comment_sql(OperationContext& context, bool drop) {
  const Expression& call = context.call;
  const std::string table = qualified(optional_string(call.keyword("schema"), "schema="),
                                      string_argument(call.argument(0, "table_name"), "the table name"));
  const std::string comment = drop ? "NULL" : model::quote_literal(string_argument(call.argument(1, "comment"), "the comment"));
  context.out.statements.push_back("COMMENT ON TABLE " + table + " IS " + comment);
}

}  // namespace driftgate::alembic
