#include <cctype>

#include "alembic/not_understood.hpp"
#include "alembic/operation_context.hpp"
#include "alembic/sql_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::alembic {
namespace {

/// Alembic treats a key string made of word characters as a column name, anything else as SQL.
bool is_plain_column_name(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (!(std::isalnum(u) != 0 || c == '_' || u >= 0x80)) return false;
  }
  return true;
}

std::string index_key(const Expression& key) {
  if (key.kind == ExpressionKind::String && !key.formatted) {
    return is_plain_column_name(key.text) ? model::quote_ident(key.text) : "(" + key.text + ")";
  }
  if (key.kind == ExpressionKind::Call && key.receiver.empty() &&
      (last_name_part(key.text) == "text" || last_name_part(key.text) == "literal_column")) {
    return "(" + string_argument(&key.items.front(), "the index expression") + ")";
  }
  if (key.kind == ExpressionKind::Call && !key.receiver.empty() && (key.text == ".desc" || key.text == ".asc")) {
    return index_key(key.receiver.front()) + (key.text == ".desc" ? " DESC" : "");
  }
  if (key.kind == ExpressionKind::Call && key.receiver.empty() &&
      (last_name_part(key.text) == "desc" || last_name_part(key.text) == "asc") && !key.items.empty()) {
    return index_key(key.items.front()) + (last_name_part(key.text) == "desc" ? " DESC" : "");
  }
  if (key.kind == ExpressionKind::Call && key.receiver.empty() && last_name_part(key.text) == "column" && !key.items.empty()) {
    return model::quote_ident(string_argument(&key.items.front(), "the column"));
  }
  throw NotUnderstood("index key `" + key.source + "` is not understood (write a column name or sa.text(\"…\"))");
}

}  // namespace

std::string index_statement(const std::string& name, const std::string& table, const std::vector<Expression>& keys,
                            const Expression& call, bool unique) {
  std::string statement = std::string("CREATE ") + (unique ? "UNIQUE " : "") + "INDEX ";
  if (flag(call.keyword("if_not_exists"), false)) statement += "IF NOT EXISTS ";
  statement += model::quote_ident(name) + " ON " + table;
  if (const Expression* using_method = call.keyword("postgresql_using"); using_method != nullptr && !using_method->is_none()) {
    statement += " USING " + string_argument(using_method, "postgresql_using=");
  }
  std::string key_text;
  for (const auto& key : keys) {
    if (key.kind == ExpressionKind::List || key.kind == ExpressionKind::Tuple) {
      for (const auto& item : key.items) key_text += (key_text.empty() ? "" : ", ") + index_key(item);
    } else {
      key_text += (key_text.empty() ? "" : ", ") + index_key(key);
    }
  }
  if (key_text.empty()) throw NotUnderstood("index " + name + " has no columns");
  statement += " (" + key_text + ")";
  if (const Expression* include = call.keyword("postgresql_include"); include != nullptr && !include->is_none()) {
    statement += " INCLUDE (" + column_list(name_list(include, "postgresql_include=")) + ")";
  }
  if (const Expression* where = call.keyword("postgresql_where"); where != nullptr && !where->is_none()) {
    statement += " WHERE " + sql_expression(*where, true);
  }
  return statement;
}

void create_index_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string name = string_argument(call.argument(0, "index_name"), "the index name");
  const std::string table = qualified(optional_string(call.keyword("schema"), "schema="),
                                      string_argument(call.argument(1, "table_name"), "the table name"));
  const Expression* columns = call.argument(2, "columns");
  if (columns == nullptr) throw NotUnderstood("create_index without columns");
  std::vector<Expression> keys{*columns};
  for (std::size_t i = 3; i < call.items.size(); ++i) keys.push_back(call.items[i]);
  context.out.statements.push_back(index_statement(name, table, keys, call, flag(call.keyword("unique"), false)));
}

void drop_index_sql(OperationContext& context) {
  const Expression& call = context.call;
  const std::string name = string_argument(call.argument(0, "index_name"), "the index name");
  const std::string schema = optional_string(call.keyword("schema"), "schema=");
  const bool if_exists = flag(call.keyword("if_exists"), false);
  context.out.statements.push_back(std::string("DROP INDEX ") + (if_exists ? "IF EXISTS " : "") + qualified(schema, name));
}

}  // namespace driftgate::alembic
