#include "alembic/not_understood.hpp"
#include "alembic/operation_context.hpp"
#include "alembic/sql_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::alembic {
namespace {

std::string add_constraint(const std::string& table, const std::string& name, const std::string& body) {
  return "ALTER TABLE " + table + " ADD " + (name.empty() ? "" : "CONSTRAINT " + model::quote_ident(name) + " ") + body;
}

}  // namespace

void create_constraint_sql(OperationContext& context, const std::string& operation) {
  const Expression& call = context.call;
  const std::string name = optional_string(call.argument(0, "constraint_name"), "the constraint name");
  auto& statements = context.out.statements;
  if (operation == "create_foreign_key") {
    const std::string source = qualified(optional_string(call.keyword("source_schema"), "source_schema="),
                                         string_argument(call.argument(1, "source_table"), "the source table"));
    const std::string referent = qualified(optional_string(call.keyword("referent_schema"), "referent_schema="),
                                           string_argument(call.argument(2, "referent_table"), "the referent table"));
    const auto local = name_list(call.argument(3, "local_cols"), "the local columns");
    const auto remote = name_list(call.argument(4, "remote_cols"), "the remote columns");
    statements.push_back(add_constraint(source, name, "FOREIGN KEY(" + column_list(local) + ") REFERENCES " + referent +
                                                          " (" + column_list(remote) + ")" + foreign_key_actions(call)));
    return;
  }
  const std::string table = qualified(optional_string(call.keyword("schema"), "schema="),
                                      string_argument(call.argument(1, "table_name"), "the table name"));
  if (operation == "create_unique_constraint") {
    statements.push_back(add_constraint(table, name, "UNIQUE (" + column_list(name_list(call.argument(2, "columns"), "the columns")) + ")"));
  } else if (operation == "create_primary_key") {
    statements.push_back(add_constraint(table, name, "PRIMARY KEY (" + column_list(name_list(call.argument(2, "columns"), "the columns")) + ")"));
  } else if (operation == "create_check_constraint") {
    const Expression* condition = call.argument(2, "condition");
    if (condition == nullptr) throw NotUnderstood("create_check_constraint without a condition");
    statements.push_back(add_constraint(table, name, "CHECK (" + sql_expression(*condition, true) + ")"));
  }
}

void drop_constraint_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string name = string_argument(call.argument(0, "constraint_name"), "the constraint name");
  const std::string table = qualified(optional_string(call.keyword("schema"), "schema="),
                                      string_argument(call.argument(1, "table_name"), "the table name"));
  const bool if_exists = flag(call.keyword("if_exists"), false);
  context.out.statements.push_back("ALTER TABLE " + table + " DROP CONSTRAINT " + (if_exists ? "IF EXISTS " : "") +
                                   model::quote_ident(name));
}

void execute_sql(OperationContext& context) {
  const Expression& call = context.call;
  const Expression* text = call.argument(0, "sqltext");
  if (text == nullptr) throw NotUnderstood("execute without SQL text");
  context.out.statements.push_back(string_argument(text, "the SQL text"));
}

void enum_type_sql(OperationContext& context, const Expression& type, bool drop) {
  const SqlType sql = sql_type(type);
  if (!sql.enum_type) throw NotUnderstood("`" + type.source + "` is not an enum type");
  if (!drop) {
    context.ensure_enum(sql);
    return;
  }
  const bool checkfirst = flag(context.call.keyword("checkfirst"), true);
  context.out.statements.push_back(std::string("DROP TYPE ") + (checkfirst ? "IF EXISTS " : "") + sql.sql);
}

}  // namespace driftgate::alembic
