#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "model/identifier.hpp"
#include "parse/node_build.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_rules.hpp"
#include "parse/numeric_literal.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/regclass_name.hpp"
#include "parse/type_key.hpp"

namespace driftgate::parse {
namespace {

const std::vector<std::string> kNumericType = {"pg_catalog", "numeric"};
const std::vector<std::string> kRegclassType = {"regclass"};
const std::vector<std::string> kBitType = {"bit"};

/// A bit-string literal (`B'101'`, `X'0F'`, which libpg_query keeps as `b101`, `x0F`) as
/// PostgreSQL stores and prints it: its binary digits cast to bit (`'101'::"bit"`, `'00001111'`).
PgQuery__Node* bit_string_constant(TreeArena& arena, std::string_view text) {
  if (text.empty()) return nullptr;
  std::string digits;
  if (text.front() == 'b' || text.front() == 'B') {
    digits = std::string(text.substr(1));
  } else if (text.front() == 'x' || text.front() == 'X') {
    for (char ch : text.substr(1)) {
      const int value = std::isdigit(static_cast<unsigned char>(ch)) ? ch - '0'
                        : std::isxdigit(static_cast<unsigned char>(ch))
                            ? std::tolower(static_cast<unsigned char>(ch)) - 'a' + 10
                            : -1;
      if (value < 0) return nullptr;
      for (int bit = 3; bit >= 0; --bit) digits += ((value >> bit) & 1) != 0 ? '1' : '0';
    }
  } else {
    return nullptr;
  }
  return build::type_cast(arena, build::string_constant(arena, digits), kBitType);
}

/// The text of a constant as a literal (`'abc'` → abc, `1.5` → 1.5, `true` → true).
std::optional<std::string> literal_text(const PgQuery__AConst& constant) {
  if (constant.isnull) return std::nullopt;
  switch (constant.val_case) {
    case PG_QUERY__A__CONST__VAL_SVAL: return std::string(text_of(constant.sval->sval));
    case PG_QUERY__A__CONST__VAL_IVAL: return std::to_string(constant.ival->ival);
    case PG_QUERY__A__CONST__VAL_FVAL: return std::string(text_of(constant.fval->fval));
    case PG_QUERY__A__CONST__VAL_BOOLVAL: return std::string(constant.boolval->boolval ? "true" : "false");
    default: return std::nullopt;
  }
}

const PgQuery__AConst* constant_of(const PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_A_CONST) return nullptr;
  return node->a_const->isnull ? nullptr : node->a_const;
}

bool is_string_constant(const PgQuery__Node* node) {
  const PgQuery__AConst* constant = constant_of(node);
  return constant != nullptr && constant->val_case == PG_QUERY__A__CONST__VAL_SVAL;
}

/// The name of a builtin function or operator (bare or pg_catalog-qualified), or "".
std::string builtin_name(NodeList names) {
  if (names.size == 1) return std::string(string_value(names[0]));
  if (names.size == 2 && string_value(names[0]) == "pg_catalog") return std::string(string_value(names[1]));
  return "";
}

/// `'…'::text` (no type modifiers) → its string constant; anything else unchanged.
PgQuery__Node* without_text_cast(PgQuery__Node* node) {
  if (node == nullptr || node->node_case != PG_QUERY__NODE__NODE_TYPE_CAST) return node;
  const PgQuery__TypeCast& cast = *node->type_cast;
  if (cast.type_name == nullptr || cast.type_name->n_typmods != 0 ||
      type_key(*cast.type_name) != "text" || !is_string_constant(cast.arg)) {
    return node;
  }
  return cast.arg;
}

/// A relation name as regclass resolves it, written the way pg_get_expr prints it with the
/// first schema (and pg_catalog) on the search path.
std::optional<std::string> canonical_relation_name(const std::string& text, const NormalizeOptions& options) {
  std::optional<std::vector<std::string>> names = split_qualified_name(text);
  if (!names) return std::nullopt;
  if (names->size() == 2) {
    const std::string& schema = (*names)[0];
    const std::string& name = (*names)[1];
    if (schema == "pg_catalog" || (schema == options.first_schema && name.substr(0, 3) != "pg_")) {
      names->erase(names->begin());
    }
  }
  std::string result;
  for (const std::string& name : *names) {
    if (!result.empty()) result += '.';
    result += model::quote_ident(name);
  }
  return result;
}

/// Casts of a literal that say no more than the literal does.
/// `ARRAY['a', 'b']::T[]` as PostgreSQL stores it: each constant element cast to T
/// (`ARRAY['a'::T, 'b'::T]`), each cast then folded like any other. Nullptr when an element is
/// not a constant.
PgQuery__Node* cast_into_elements(TreeArena& arena, const PgQuery__TypeCast& cast,
                                  const NormalizeOptions& options);

void fold_cast(TreeArena& arena, PgQuery__Node*& node, const NormalizeOptions& options) {
  PgQuery__TypeCast& cast = *node->type_cast;
  if (cast.type_name != nullptr && cast.arg != nullptr && cast.type_name->n_array_bounds > 0 &&
      cast.arg->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR) {
    if (PgQuery__Node* array = cast_into_elements(arena, cast, options)) node = array;
    return;
  }
  if (cast.type_name == nullptr || cast.arg == nullptr || cast.type_name->n_typmods != 0) return;
  const std::string key = type_key(*cast.type_name);
  // `x::t::t` is `x::t`
  if (cast.arg->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && cast.arg->type_cast->type_name != nullptr &&
      cast.arg->type_cast->type_name->n_typmods == 0 && type_key(*cast.arg->type_cast->type_name) == key) {
    node = cast.arg;
    return;
  }
  const PgQuery__AConst* constant = constant_of(cast.arg);
  if (constant == nullptr) return;
  const std::optional<std::string> text = literal_text(*constant);
  if (!text) return;
  switch (type_category(key, options)) {
    case TypeCategory::Integer: {
      const std::optional<std::int64_t> value = parse_integer(*text);
      if (!value) return;
      const std::string digits = std::to_string(*value);
      if (key == "int4" && literal_type(digits) == LiteralType::Integer) {
        node = build::integer_constant(arena, static_cast<std::int32_t>(*value));
      } else if (key == "int8" && literal_type(digits) == LiteralType::Bigint) {
        node = build::float_constant(arena, digits);
      }
      return;
    }
    case TypeCategory::Numeric: {
      const std::optional<std::string> number = normalize_numeric(*text);
      if (!number) return;
      if (literal_type(*number) == LiteralType::Numeric) {
        node = build::float_constant(arena, *number);
      } else {
        cast.arg = build::string_constant(arena, *number);
      }
      return;
    }
    case TypeCategory::Boolean:
      if (constant->val_case == PG_QUERY__A__CONST__VAL_SVAL || constant->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL) {
        if (const std::optional<bool> value = parse_boolean(*text)) node = build::boolean_constant(arena, *value);
      }
      return;
    case TypeCategory::Regclass:
      if (constant->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
        if (const std::optional<std::string> name = canonical_relation_name(*text, options)) {
          cast.arg = build::string_constant(arena, *name);
        }
      }
      return;
    case TypeCategory::Verbatim:
      // A label PostgreSQL resolved to an enum from its context prints cast to the enum
      // (`status IN ('a')` → `status = ANY (ARRAY['a'::status])`); the label is the value.
      if (options.verbatim_types.count(key) != 0 && constant->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
        node = cast.arg;
      }
      return;
    default:
      return;
  }
}

PgQuery__Node* cast_into_elements(TreeArena& arena, const PgQuery__TypeCast& cast,
                                  const NormalizeOptions& options) {
  const PgQuery__AArrayExpr& array = *cast.arg->a_array_expr;
  for (std::size_t i = 0; i < array.n_elements; ++i) {
    if (array.elements[i]->node_case != PG_QUERY__NODE__NODE_A_CONST) return nullptr;
  }
  PgQuery__TypeName* element_type = arena.make<PgQuery__TypeName>(PG_QUERY__TYPE_NAME__INIT);
  *element_type = *cast.type_name;
  element_type->n_array_bounds = 0;
  element_type->array_bounds = nullptr;
  for (std::size_t i = 0; i < array.n_elements; ++i) {
    PgQuery__TypeCast* element = arena.make<PgQuery__TypeCast>(PG_QUERY__TYPE_CAST__INIT);
    element->arg = array.elements[i];
    element->type_name = element_type;
    element->location = -1;
    array.elements[i] = build::node(arena, &element->base);
    fold_cast(arena, array.elements[i], options);
  }
  return cast.arg;
}

/// A numeric literal with a point or an exponent is a numeric constant: written the way
/// numeric prints it (`1e5` → `'100000'::numeric`, `.50` → `0.50`); digits alone are a bigint
/// (or numeric when too large) and lose leading zeros.
void canonicalize_float(TreeArena& arena, PgQuery__Node*& node) {
  const std::string text(text_of(node->a_const->fval->fval));
  const std::optional<std::string> number = normalize_numeric(text);
  if (!number) return;
  const bool written_as_integer = text.find_first_of(".eE") == std::string::npos;
  if (written_as_integer || literal_type(*number) == LiteralType::Numeric) {
    node = build::float_constant(arena, *number);
  } else {
    node = build::type_cast(arena, build::string_constant(arena, *number), kNumericType);
  }
}

void canonicalize_call(TreeArena& arena, PgQuery__FuncCall& call, const NormalizeOptions& options) {
  const std::string name = builtin_name(nodes(call.funcname, call.n_funcname));
  if (name.empty() || call.n_args == 0) return;
  if ((name == "nextval" || name == "currval" || name == "setval") && is_string_constant(call.args[0])) {
    // The only signatures take a regclass: the literal is a relation name.
    const std::string text(text_of(call.args[0]->a_const->sval->sval));
    if (const std::optional<std::string> relation = canonical_relation_name(text, options)) {
      call.args[0] = build::type_cast(arena, build::string_constant(arena, *relation), kRegclassType);
    }
  } else if (name == "timezone" && call.n_args == 2) {
    // AT TIME ZONE 'zone': an untyped literal resolves to text (timezone(text, …) is preferred).
    call.args[0] = without_text_cast(call.args[0]);
  } else if (name == "like_escape" || name == "similar_to_escape") {
    for (std::size_t i = 0; i < call.n_args; ++i) call.args[i] = without_text_cast(call.args[i]);
  }
}

bool is_pattern_operator(const std::string& op) {
  return op == "~~" || op == "~~*" || op == "!~~" || op == "!~~*" || op == "~" || op == "~*" ||
         op == "!~" || op == "!~*";
}

void canonicalize_pattern(PgQuery__AExpr& expression) {
  if (expression.kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP) return;
  if (!is_pattern_operator(builtin_name(nodes(expression.name, expression.n_name)))) return;
  // A pattern literal resolves to text (the only right operand type of these operators but
  // bytea's, which PostgreSQL would print as ::bytea).
  expression.rexpr = without_text_cast(expression.rexpr);
}

}  // namespace

void canonicalize_constants(ExpressionTree& tree, const NormalizeOptions& options) {
  TreeArena& arena = tree.arena();
  rewrite_nodes(tree.root(), [&](PgQuery__Node*& node) {
    switch (node->node_case) {
      case PG_QUERY__NODE__NODE_TYPE_CAST: fold_cast(arena, node, options); break;
      case PG_QUERY__NODE__NODE_A_CONST:
        if (!node->a_const->isnull && node->a_const->val_case == PG_QUERY__A__CONST__VAL_FVAL) {
          canonicalize_float(arena, node);
        } else if (!node->a_const->isnull && node->a_const->val_case == PG_QUERY__A__CONST__VAL_BSVAL) {
          if (PgQuery__Node* bits = bit_string_constant(arena, text_of(node->a_const->bsval->bsval))) node = bits;
        }
        break;
      case PG_QUERY__NODE__NODE_FUNC_CALL: canonicalize_call(arena, *node->func_call, options); break;
      case PG_QUERY__NODE__NODE_A_EXPR: canonicalize_pattern(*node->a_expr); break;
      default: break;
    }
  });
}

std::string column_type_key(const std::string& column_type, const NormalizeOptions& options) {
  if (column_type.empty()) return "";
  try {
    ExpressionTree tree = ExpressionTree::parse("NULL::" + column_type, TextShape::Expression);
    PgQuery__Node* node = *tree.top_slot();
    if (node->node_case != PG_QUERY__NODE__NODE_TYPE_CAST || node->type_cast->type_name == nullptr) return "";
    canonicalize_type_name(*node->type_cast->type_name, tree.arena(), options);
    return type_key(*node->type_cast->type_name);
  } catch (const ExpressionTextError&) {
    return "";
  }
}

namespace {

/// Digits of a float value without trailing fractional zeros (`1.50` → `1.5`, `2.0` → `2`).
std::string float_value_text(std::string number) {
  if (number.find('.') == std::string::npos) return number;
  while (number.back() == '0') number.pop_back();
  if (number.back() == '.') number.pop_back();
  return number == "-0" ? "0" : number;
}

/// The constant in `slot` (bare, or cast to the type with `key`) as PostgreSQL stores it for a
/// column of that type.
void canonicalize_typed_constant(TreeArena& arena, PgQuery__Node*& slot, const std::string& key,
                                 const NormalizeOptions& options) {
  const PgQuery__AConst* constant = constant_of(slot);
  if (constant == nullptr && slot->node_case == PG_QUERY__NODE__NODE_TYPE_CAST &&
      slot->type_cast->type_name != nullptr && type_key(*slot->type_cast->type_name) == key) {
    constant = constant_of(slot->type_cast->arg);
  }
  if (constant == nullptr) return;
  const std::optional<std::string> text = literal_text(*constant);
  if (!text) return;
  const bool is_string = constant->val_case == PG_QUERY__A__CONST__VAL_SVAL;
  switch (type_category(key, options)) {
    case TypeCategory::Integer:
      if (const std::optional<std::int64_t> value = parse_integer(*text)) {
        const std::string digits = std::to_string(*value);
        slot = literal_type(digits) == LiteralType::Integer
                   ? build::integer_constant(arena, static_cast<std::int32_t>(*value))
                   : build::float_constant(arena, digits);
      }
      return;
    case TypeCategory::Numeric:
      if (const std::optional<std::string> number = normalize_numeric(*text)) {
        slot = build::float_constant(arena, *number);
      }
      return;
    case TypeCategory::Float:
      if (const std::optional<std::string> number = normalize_numeric(*text)) {
        slot = build::float_constant(arena, float_value_text(*number));
      }
      return;
    case TypeCategory::Boolean:
      if (const std::optional<bool> value = parse_boolean(*text)) {
        if (is_string || constant->val_case == PG_QUERY__A__CONST__VAL_BOOLVAL) {
          slot = build::boolean_constant(arena, *value);
        }
      }
      return;
    case TypeCategory::Verbatim:
      if (constant->val_case == PG_QUERY__A__CONST__VAL_FVAL) {
        if (const std::optional<std::string> number = normalize_numeric(*text)) {
          slot = build::string_constant(arena, *number);
        }
      } else {
        slot = build::string_constant(arena, *text);
      }
      return;
    case TypeCategory::Regclass:
      if (is_string) {
        if (const std::optional<std::string> name = canonical_relation_name(*text, options)) {
          slot = build::string_constant(arena, *name);
        }
      }
      return;
    case TypeCategory::Reformatted:
      if (is_string) slot = build::string_constant(arena, *text);
      return;
  }
}

}  // namespace

void canonicalize_default_constant(ExpressionTree& tree, const std::string& column_type,
                                   const NormalizeOptions& options) {
  const std::string key = column_type_key(column_type, options);
  if (key.empty()) return;
  PgQuery__Node*& root = *tree.top_slot();
  const std::string array_suffix = "[]";
  if (root->node_case == PG_QUERY__NODE__NODE_A_ARRAY_EXPR && key.size() > array_suffix.size() &&
      key.compare(key.size() - array_suffix.size(), array_suffix.size(), array_suffix) == 0) {
    const std::string element_key = key.substr(0, key.size() - array_suffix.size());
    PgQuery__AArrayExpr& array = *root->a_array_expr;
    for (std::size_t i = 0; i < array.n_elements; ++i) {
      canonicalize_typed_constant(tree.arena(), array.elements[i], element_key, options);
    }
    return;
  }
  canonicalize_typed_constant(tree.arena(), root, key, options);
}

void canonicalize_bound_constants(ExpressionTree& tree, const std::string& key_type,
                                  const NormalizeOptions& options) {
  const std::string key = column_type_key(key_type, options);
  if (key.empty()) return;
  const TypeCategory category = type_category(key, options);
  if (category != TypeCategory::Integer && category != TypeCategory::Numeric) return;
  rewrite_nodes(tree.root(), [&](PgQuery__Node*& node) {
    if (node->node_case == PG_QUERY__NODE__NODE_A_CONST && !node->a_const->isnull &&
        node->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL) {
      canonicalize_typed_constant(tree.arena(), node, key, options);
    }
  });
}

}  // namespace driftgate::parse
