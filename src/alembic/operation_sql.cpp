#include "alembic/operation_sql.hpp"

#include <map>

#include "alembic/not_understood.hpp"
#include "alembic/operation_context.hpp"

namespace driftgate::alembic {
namespace {

/// For batch operations: where the implicit table name goes among the plain operation's
/// positional arguments (create_index(name, TABLE, …) → 1; add_column(TABLE, …) → 0).
const std::map<std::string, std::size_t>& batch_table_positions() {
  static const std::map<std::string, std::size_t> positions = {
      {"add_column", 0}, {"drop_column", 0}, {"alter_column", 0}, {"create_table_comment", 0},
      {"drop_table_comment", 0}, {"create_index", 1}, {"create_unique_constraint", 1},
      {"create_foreign_key", 1}, {"create_check_constraint", 1}, {"create_primary_key", 1},
      {"drop_constraint", 1},
  };
  return positions;
}

Expression string_expression(const std::string& text, const Expression& near) {
  Expression value;
  value.kind = ExpressionKind::String;
  value.text = text;
  value.line = near.line;
  value.column = near.column;
  value.source = "'" + text + "'";
  return value;
}

/// The batch call rewritten as the plain operation: the table inserted, schema= added.
Expression unbatched(const Operation& operation, const std::string& name) {
  Expression call = operation.call;
  if (name == "drop_index") {
    call.keywords.push_back("table_name");
    call.keyword_values.push_back(string_expression(operation.batch_table, call));
  } else {
    auto found = batch_table_positions().find(name);
    if (found == batch_table_positions().end()) {
      throw NotUnderstood("batch_op." + name + " is not a batch operation driftgate reads");
    }
    const std::size_t position = std::min(found->second, call.items.size());
    call.items.insert(call.items.begin() + static_cast<long>(position), string_expression(operation.batch_table, call));
  }
  if (!operation.batch_schema.empty()) {
    call.keywords.push_back(name == "create_foreign_key" ? "source_schema" : "schema");
    call.keyword_values.push_back(string_expression(operation.batch_schema, call));
  }
  return call;
}

bool is_bind(const Expression& expression) {
  return expression.kind == ExpressionKind::Call && expression.receiver.empty() &&
         (expression.text == "op.get_bind" || expression.text == "op.get_context().bind");
}

bool is_enum_type(const Expression& expression) {
  if (expression.kind != ExpressionKind::Call || !expression.receiver.empty()) return false;
  const std::string name = last_name_part(expression.text);
  return name == "Enum" || name == "ENUM";
}

void translate(OperationContext& context, const std::string& name) {
  if (name == "create_table") return create_table_sql(context);
  if (name == "drop_table") return drop_table_sql(context);
  if (name == "rename_table") return rename_table_sql(context);
  if (name == "create_table_comment") return table_comment_sql(context, false);
  if (name == "drop_table_comment") return table_comment_sql(context, true);
  if (name == "add_column") return add_column_sql(context);
  if (name == "drop_column") return drop_column_sql(context);
  if (name == "alter_column") return alter_column_sql(context);
  if (name == "create_index") return create_index_sql(context);
  if (name == "drop_index") return drop_index_sql(context);
  if (name == "create_unique_constraint" || name == "create_primary_key" || name == "create_check_constraint" ||
      name == "create_foreign_key") {
    return create_constraint_sql(context, name);
  }
  if (name == "drop_constraint") return drop_constraint_sql(context);
  if (name == "execute") return execute_sql(context);
  // Data and runtime calls change no schema.
  if (name == "bulk_insert" || name == "get_bind" || name == "get_context" || name == "inline_literal") return;
  throw NotUnderstood("op." + name + " is not an operation driftgate reads (see docs/manual/docs.md for the list)");
}

}  // namespace

OperationSql operation_sql(const Operation& operation, const model::Catalog& documented) {
  OperationSql out;
  const Expression& call = operation.call;
  if (!call.receiver.empty()) {
    const Expression& receiver = call.receiver.front();
    OperationContext context{call, documented, out};
    if ((call.text == ".execute" || call.text == ".exec_driver_sql") && is_bind(receiver)) {
      execute_sql(context);
      return out;
    }
    if ((call.text == ".create" || call.text == ".drop") && is_enum_type(receiver)) {
      enum_type_sql(context, receiver, call.text == ".drop");
      return out;
    }
    throw NotUnderstood("this call is not an operation driftgate reads");
  }
  std::string callee = call.text;
  if (callee.starts_with("alembic.")) callee = callee.substr(8);
  if (callee.starts_with("op.")) {
    OperationContext context{call, documented, out};
    translate(context, callee.substr(3));
    return out;
  }
  if (callee.starts_with("batch_op.")) {
    const std::string name = callee.substr(9);
    const Expression plain = unbatched(operation, name);
    OperationContext context{plain, documented, out};
    translate(context, name);
    return out;
  }
  throw NotUnderstood("`" + callee + "(…)` is not an Alembic operation; driftgate does not run Python, so helper "
                      "functions and other calls are not followed");
}

}  // namespace driftgate::alembic
