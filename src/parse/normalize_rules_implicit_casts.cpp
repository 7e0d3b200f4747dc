#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>

#include "parse/node_build.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_rules.hpp"
#include "parse/pg_query_nodes.hpp"

namespace driftgate::parse {
namespace {

/// The operators for which PostgreSQL has no variant taking an integer next to numeric or
/// double precision, so it converts the constant.
const std::set<std::string, std::less<>> kConvertingOperators = {"=", "<>", "<", ">", "<=", ">=",
                                                                 "+", "-", "*", "/"};

/// Comparisons, where a string literal takes the type of the text column it is compared with.
const std::set<std::string, std::less<>> kComparisons = {"=", "<>", "<", ">", "<=", ">="};

/// Whether `column_type` is `timestamp` or `timestamp(n)` followed by `suffix`.
bool is_timestamp(const std::string& column_type, std::string_view suffix) {
  if (column_type.rfind("timestamp", 0) != 0) return false;
  std::string_view rest = std::string_view(column_type).substr(9);
  if (!rest.empty() && rest.front() == '(') {
    const auto close = rest.find(')');
    if (close == std::string_view::npos) return false;
    rest = rest.substr(close + 1);
  }
  return rest == suffix;
}

/// The type a constant next to a column of `column_type` (format_type's text) is converted
/// to: "numeric", "float8", "text", "date", "timestamp", "timestamptz" (only when sessions
/// read times in UTC), or "" when the rule does not apply.
std::string converted_type(const std::string& column_type, const NormalizeOptions& options) {
  if (column_type == "numeric" || column_type.rfind("numeric(", 0) == 0) return "numeric";
  if (column_type == "double precision") return "float8";
  if (column_type == "text") return "text";
  if (column_type == "character varying" || column_type.rfind("character varying(", 0) == 0) return "varchar";
  if (column_type == "date") return "date";
  if (is_timestamp(column_type, " without time zone")) return "timestamp";
  if (options.sessions_in_utc && is_timestamp(column_type, " with time zone")) return "timestamptz";
  return "";
}

bool is_time_type(const std::string& type) {
  return type == "date" || type == "timestamp" || type == "timestamptz";
}

/// Whether `text` is `pattern` with each `9` a digit.
bool shaped(std::string_view text, std::string_view pattern) {
  if (text.size() != pattern.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool digit = std::isdigit(static_cast<unsigned char>(text[i])) != 0;
    if (pattern[i] == '9' ? !digit : text[i] != pattern[i]) return false;
  }
  return true;
}

/// How PostgreSQL prints the value of the ISO literal `text` read as `type` (date,
/// timestamp, or timestamptz in a UTC session): `2000-01-01` as a timestamp is
/// `2000-01-01 00:00:00`, with `+00` for timestamptz. Only a date, or a date with hours and
/// minutes (and seconds): a fraction, a zone or any other spelling is left to the shadow.
std::optional<std::string> printed_time(std::string_view text, const std::string& type) {
  std::string printed;
  if (shaped(text, "9999-99-99")) {
    if (type == "date") return std::string(text);
    printed = std::string(text) + " 00:00:00";
  } else if (type != "date" && shaped(text, "9999-99-99 99:99")) {
    printed = std::string(text) + ":00";
  } else if (type != "date" && shaped(text, "9999-99-99 99:99:99")) {
    printed = std::string(text);
  } else {
    return std::nullopt;
  }
  return type == "timestamptz" ? printed + "+00" : printed;
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

/// Whether `constant` is a literal whose type PostgreSQL converts next to `type`: a
/// non-negative integer (integer or bigint) for numeric, any non-negative number for float8.
/// A decimal literal is numeric already; negative ones PostgreSQL prints quoted, so they are
/// left to the shadow.
bool converted_literal(const PgQuery__AConst& constant, const std::string& type) {
  if (constant.isnull) return false;
  if (is_time_type(type)) {
    return constant.val_case == PG_QUERY__A__CONST__VAL_SVAL &&
           printed_time(text_of(constant.sval->sval), type).has_value();
  }
  if (type == "text") return constant.val_case == PG_QUERY__A__CONST__VAL_SVAL;
  if (constant.val_case == PG_QUERY__A__CONST__VAL_SVAL) return false;
  if (constant.val_case == PG_QUERY__A__CONST__VAL_IVAL) return constant.ival->ival >= 0;
  if (constant.val_case != PG_QUERY__A__CONST__VAL_FVAL) return false;
  const std::string_view text = text_of(constant.fval->fval);
  if (text.empty() || text.front() == '-') return false;
  return type == "float8" || all_digits(text);
}

/// The column a one-part column reference names, or "".
std::string column_name(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF ||
      node->column_ref->n_fields != 1 || node->column_ref->fields[0]->node_case != PG_QUERY__NODE__NODE_STRING) {
    return "";
  }
  return std::string(string_value(node->column_ref->fields[0]));
}

/// Wraps `slot` in a cast to `type` when it is a literal PostgreSQL converts next to it.
void convert(PgQuery__Node*& slot, const std::string& type, TreeArena& arena, const NormalizeOptions& options) {
  if (slot == nullptr || slot->node_case != PG_QUERY__NODE__NODE_A_CONST || !converted_literal(*slot->a_const, type)) {
    return;
  }
  if (is_time_type(type)) {
    slot = build::string_constant(arena, *printed_time(text_of(slot->a_const->sval->sval), type));
  }
  slot = build::type_cast(arena, slot, {type});
  canonicalize_type_name(*slot->type_cast->type_name, arena, options);
}

/// `node` under the cast `type_text` (`text`, `text[]`), the cast node exactly as the parser
/// builds it for that text.
PgQuery__Node* cast_as_parsed(PgQuery__Node* node, const std::string& type_text, TreeArena& arena,
                              const NormalizeOptions& options) {
  const ExpressionTree parsed = ExpressionTree::parse("NULL::" + type_text, TextShape::Expression);
  PgQuery__Node* cast = copy_node(*parsed.top_slot(), arena);
  cast->type_cast->arg = node;
  canonicalize_type_name(*cast->type_cast->type_name, arena, options);
  return cast;
}

bool is_string(const PgQuery__Node* node) {
  return node != nullptr && node->node_case == PG_QUERY__NODE__NODE_A_CONST && !node->a_const->isnull &&
         node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL;
}

/// `column op ANY/ALL (ARRAY[…])` on a text column: each string literal of the array becomes
/// text, as PostgreSQL prints `role = ANY (ARRAY['a'::text, 'b'::text])`. On a varchar column
/// the column becomes text, each literal varchar and the array text[]:
/// `(kind)::text = ANY ((ARRAY['a'::character varying, …])::text[])`. Only arrays of string
/// literals alone.
void convert_array(PgQuery__AExpr& expression, const std::string& type, TreeArena& arena,
                   const NormalizeOptions& options) {
  PgQuery__Node* array = expression.rexpr;
  if (array == nullptr || array->node_case != PG_QUERY__NODE__NODE_A_ARRAY_EXPR) return;
  PgQuery__AArrayExpr& items = *array->a_array_expr;
  for (std::size_t i = 0; i < items.n_elements; ++i) {
    if (!is_string(items.elements[i])) return;
  }
  if (type == "text") {
    for (std::size_t i = 0; i < items.n_elements; ++i) convert(items.elements[i], "text", arena, options);
    return;
  }
  for (std::size_t i = 0; i < items.n_elements; ++i) {
    items.elements[i] = cast_as_parsed(items.elements[i], "varchar", arena, options);
  }
  expression.lexpr = cast_as_parsed(expression.lexpr, "text", arena, options);
  expression.rexpr = cast_as_parsed(array, "text[]", arena, options);
}

/// `column op 'literal'` on a varchar column: PostgreSQL compares as text, so both become
/// text: `(name)::text <> ''::text`.
void convert_varchar_comparison(PgQuery__Node*& column, PgQuery__Node*& literal, TreeArena& arena,
                                const NormalizeOptions& options) {
  if (!is_string(literal)) return;
  column = cast_as_parsed(column, "text", arena, options);
  literal = cast_as_parsed(literal, "text", arena, options);
}

}  // namespace

void cast_constants_to_column_types(ExpressionTree& tree, const ColumnTypes& columns,
                                    const NormalizeOptions& options) {
  if (columns.empty()) return;
  TreeArena& arena = tree.arena();
  visit_messages(tree.root(), [&](ProtobufCMessage* message) {
    if (message->descriptor != &pg_query__a__expr__descriptor) return;
    auto& expression = *reinterpret_cast<PgQuery__AExpr*>(message);
    if (expression.n_name != 1) return;
    const std::string_view op = string_value(expression.name[0]);
    const auto type_of = [&](const PgQuery__Node* node) -> std::string {
      const std::string name = column_name(node);
      const auto found = name.empty() ? columns.end() : columns.find(name);
      return found == columns.end() ? "" : converted_type(found->second, options);
    };
    const bool any_all = expression.kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ANY ||
                         expression.kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP_ALL;
    if (any_all && kComparisons.count(op) > 0) {
      const std::string type = type_of(expression.lexpr);
      if (type == "text" || type == "varchar") convert_array(expression, type, arena, options);
      return;
    }
    if (expression.kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP || kConvertingOperators.count(op) == 0) return;
    // Numbers also in arithmetic; strings (text, dates, times) only where compared.
    const auto applies = [&](const std::string& type) {
      const bool arithmetic = type == "numeric" || type == "float8";
      return !type.empty() && (arithmetic || kComparisons.count(op) > 0);
    };
    if (kComparisons.count(op) > 0 && type_of(expression.lexpr) == "varchar") {
      convert_varchar_comparison(expression.lexpr, expression.rexpr, arena, options);
    } else if (kComparisons.count(op) > 0 && type_of(expression.rexpr) == "varchar") {
      convert_varchar_comparison(expression.rexpr, expression.lexpr, arena, options);
    } else if (const std::string type = type_of(expression.lexpr); applies(type)) {
      convert(expression.rexpr, type, arena, options);
    } else if (const std::string other = type_of(expression.rexpr); applies(other)) {
      convert(expression.lexpr, other, arena, options);
    }
  });
}

}  // namespace driftgate::parse
