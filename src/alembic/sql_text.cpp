#include "alembic/sql_text.hpp"

#include <cctype>

#include "alembic/not_understood.hpp"
#include "model/identifier.hpp"

namespace driftgate::alembic {
namespace {

bool is_call_to(const Expression& expression, std::initializer_list<std::string_view> names) {
  if (expression.kind != ExpressionKind::Call || !expression.receiver.empty()) return false;
  for (auto name : names) {
    if (expression.text == name || expression.text.ends_with("." + std::string(name))) return true;
  }
  return false;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string qualified(const std::string& schema, const std::string& name) {
  if (schema.empty()) return model::quote_ident(name);
  return model::quote_ident(schema) + "." + model::quote_ident(name);
}

std::string string_argument(const Expression* expression, const std::string& what) {
  if (expression == nullptr) throw NotUnderstood(what + " is missing");
  if (expression->kind == ExpressionKind::String && !expression->formatted) return expression->text;
  if (is_call_to(*expression, {"f", "text", "literal_column", "quoted_name", "conv"}) && !expression->items.empty()) {
    return string_argument(&expression->items.front(), what);
  }
  if (expression->kind == ExpressionKind::String) {
    throw NotUnderstood(what + " is an f-string, whose value is only known when Python runs");
  }
  throw NotUnderstood(what + " must be a string literal; found `" + expression->source + "`");
}

std::string optional_string(const Expression* expression, const std::string& what) {
  if (expression == nullptr || expression->is_none()) return "";
  return string_argument(expression, what);
}

std::vector<std::string> name_list(const Expression* expression, const std::string& what) {
  if (expression == nullptr) throw NotUnderstood(what + " is missing");
  if (expression->kind == ExpressionKind::List || expression->kind == ExpressionKind::Tuple) {
    std::vector<std::string> names;
    for (const auto& item : expression->items) names.push_back(string_argument(&item, what));
    return names;
  }
  return {string_argument(expression, what)};
}

std::string column_list(const std::vector<std::string>& names) {
  std::string text;
  for (const auto& name : names) text += (text.empty() ? "" : ", ") + model::quote_ident(name);
  return text;
}

bool flag(const Expression* expression, bool fallback) {
  if (expression == nullptr || expression->is_none()) return fallback;
  if (expression->is_true()) return true;
  if (expression->is_false()) return false;
  if (expression->kind == ExpressionKind::Number) return expression->text != "0";
  throw NotUnderstood("expected True or False; found `" + expression->source + "`");
}

std::string sql_expression(const Expression& expression, bool raw_strings) {
  if (expression.kind == ExpressionKind::String && !expression.formatted) {
    return raw_strings ? expression.text : model::quote_literal(expression.text);
  }
  if (expression.kind == ExpressionKind::Number) return expression.text;
  if (expression.is_true() || expression.is_false()) return expression.is_true() ? "true" : "false";
  if (is_call_to(expression, {"text", "literal_column"}) && !expression.items.empty()) {
    return string_argument(&expression.items.front(), "the SQL text");
  }
  if (expression.kind == ExpressionKind::Call && expression.receiver.empty()) {
    const auto func = expression.text.rfind("func.");
    if (func != std::string::npos) {
      std::string arguments;
      for (const auto& item : expression.items) arguments += (arguments.empty() ? "" : ", ") + sql_expression(item, false);
      return expression.text.substr(func + 5) + "(" + arguments + ")";
    }
  }
  throw NotUnderstood("`" + expression.source + "` is not a SQL text driftgate can read (use a string or sa.text(\"…\"))");
}

std::string foreign_key_actions(const Expression& call) {
  std::string clauses;
  if (const Expression* match = call.keyword("match"); match != nullptr && !match->is_none()) {
    clauses += " MATCH " + upper(string_argument(match, "match"));
  }
  if (const Expression* on_delete = call.keyword("ondelete"); on_delete != nullptr && !on_delete->is_none()) {
    clauses += " ON DELETE " + upper(string_argument(on_delete, "ondelete"));
  }
  if (const Expression* on_update = call.keyword("onupdate"); on_update != nullptr && !on_update->is_none()) {
    clauses += " ON UPDATE " + upper(string_argument(on_update, "onupdate"));
  }
  if (flag(call.keyword("deferrable"), false)) clauses += " DEFERRABLE";
  if (const Expression* initially = call.keyword("initially"); initially != nullptr && !initially->is_none()) {
    clauses += " INITIALLY " + upper(string_argument(initially, "initially"));
  }
  return clauses;
}

}  // namespace driftgate::alembic
