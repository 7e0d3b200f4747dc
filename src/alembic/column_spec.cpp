#include "alembic/column_spec.hpp"

#include "alembic/not_understood.hpp"
#include "alembic/sql_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::alembic {
namespace {

bool is_call_named(const Expression& expression, const std::string& name) {
  return expression.kind == ExpressionKind::Call && expression.receiver.empty() && last_name_part(expression.text) == name;
}

ColumnForeignKey read_foreign_key(const Expression& call) {
  ColumnForeignKey key;
  const std::string target = string_argument(call.argument(0, "column"), "the ForeignKey's target");
  const auto last = target.rfind('.');
  if (last == std::string::npos) throw NotUnderstood("ForeignKey target `" + target + "` must be table.column");
  key.ref_column = target.substr(last + 1);
  std::string table = target.substr(0, last);
  if (const auto dot = table.rfind('.'); dot != std::string::npos) {
    key.ref_schema = table.substr(0, dot);
    table = table.substr(dot + 1);
  }
  key.ref_table = table;
  key.name = optional_string(call.keyword("name"), "the ForeignKey's name");
  key.actions = foreign_key_actions(call);
  return key;
}

std::string identity_clause(const Expression& call) {
  std::string options;
  auto add = [&](const char* keyword, const char* sql) {
    const Expression* value = call.keyword(keyword);
    if (value != nullptr && !value->is_none()) {
      if (value->kind != ExpressionKind::Number) throw NotUnderstood(std::string("Identity ") + keyword + " must be a number");
      options += std::string(options.empty() ? "" : " ") + sql + " " + value->text;
    }
  };
  add("start", "START WITH");
  add("increment", "INCREMENT BY");
  add("minvalue", "MINVALUE");
  add("maxvalue", "MAXVALUE");
  add("cache", "CACHE");
  if (flag(call.keyword("cycle"), false)) options += std::string(options.empty() ? "" : " ") + "CYCLE";
  const bool always = flag(call.argument(0, "always"), false);
  return std::string(" GENERATED ") + (always ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY" +
         (options.empty() ? "" : " (" + options + ")");
}

}  // namespace

ColumnSpec read_column(const Expression& column) {
  if (!is_call_named(column, "Column")) {
    throw NotUnderstood("expected sa.Column(...); found `" + column.source + "`");
  }
  ColumnSpec spec;
  std::size_t next = 0;
  if (!column.items.empty() && column.items[0].kind == ExpressionKind::String) {
    spec.name = column.items[0].text;
    next = 1;
  } else if (const Expression* name = column.keyword("name")) {
    spec.name = string_argument(name, "the column name");
  } else {
    throw NotUnderstood("sa.Column(...) without a name");
  }
  const Expression* type = column.keyword("type_");
  if (type == nullptr && next < column.items.size()) type = &column.items[next++];
  if (type == nullptr) throw NotUnderstood("column " + spec.name + " has no type");
  spec.type = sql_type(*type);
  for (std::size_t i = next; i < column.items.size(); ++i) {
    const Expression& item = column.items[i];
    if (is_call_named(item, "ForeignKey")) {
      spec.foreign_keys.push_back(read_foreign_key(item));
    } else if (is_call_named(item, "Identity")) {
      spec.identity = identity_clause(item);
    } else if (is_call_named(item, "Computed")) {
      const std::string expression = sql_expression(item.items.empty() ? item : item.items.front(), true);
      spec.computed = " GENERATED ALWAYS AS (" + expression + ") STORED";
    } else if (is_call_named(item, "Sequence")) {
      // A client-side sequence: its default is applied by SQLAlchemy, not by the table.
    } else {
      throw NotUnderstood("`" + item.source + "` in column " + spec.name + " is not understood");
    }
  }
  if (const Expression* nullable = column.keyword("nullable"); nullable != nullptr && !nullable->is_none()) {
    spec.nullable = flag(nullable, true);
  }
  spec.primary_key = flag(column.keyword("primary_key"), false);
  if (const Expression* autoincrement = column.keyword("autoincrement");
      autoincrement != nullptr && (autoincrement->is_true() || autoincrement->is_false())) {
    spec.autoincrement = autoincrement->is_true();
  }
  if (const Expression* server_default = column.keyword("server_default");
      server_default != nullptr && !server_default->is_none()) {
    spec.server_default = sql_expression(*server_default, false);
  }
  spec.unique = flag(column.keyword("unique"), false);
  spec.index = flag(column.keyword("index"), false);
  if (const Expression* comment = column.keyword("comment"); comment != nullptr && !comment->is_none()) {
    spec.comment = string_argument(comment, "the column comment");
  }
  return spec;
}

std::string column_definition(const ColumnSpec& column, bool not_null, const std::string& serial) {
  std::string text = model::quote_ident(column.name) + " " + (serial.empty() ? column.type.sql : serial);
  if (column.identity) text += *column.identity;
  if (column.computed) text += *column.computed;
  if (column.server_default && serial.empty()) text += " DEFAULT " + *column.server_default;
  if (not_null) text += " NOT NULL";
  return text;
}

bool is_autoincrement(const ColumnSpec& column) {
  if (!column.type.integer || column.autoincrement == false) return false;
  if (column.server_default || column.identity || column.computed) return false;
  // With autoincrement="auto" SQLAlchemy leaves foreign-key columns alone; True forces it.
  return column.autoincrement == true || column.foreign_keys.empty();
}

}  // namespace driftgate::alembic
