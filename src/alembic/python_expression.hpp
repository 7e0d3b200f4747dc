#pragma once

#include <string>
#include <vector>

namespace driftgate::alembic {

/// What a Python expression of the subset is.
enum class ExpressionKind {
  Name,      ///< a dotted name: `sa.Integer`, `op`, `batch_op`
  String,    ///< a string (implicit concatenation joined)
  Number,    ///< a numeric literal, as written (a leading `-` kept)
  Constant,  ///< None, True or False (text holds the word)
  Call,      ///< callee(arguments…); text holds the callee's dotted name
  List,      ///< [items…]
  Tuple,     ///< (items…) or a bare `a, b`
  Dict,      ///< {key: value, …}: items alternate key, value
  Other,     ///< anything else (operators, lambdas, comprehensions…): kept as source text
};

/// A parsed expression of the Python subset revision files use. Every node knows its source text
/// and where it starts, so what is not understood can be quoted exactly.
struct Expression {
  ExpressionKind kind = ExpressionKind::Other;
  std::string text;                  ///< name, decoded string, number, constant word or callee
  bool formatted = false;            ///< a string that was (partly) an f-string
  std::vector<Expression> items;     ///< List/Tuple/Dict elements; Call: the positional arguments
  std::vector<std::string> keywords; ///< Call: keyword argument names, parallel to `keyword_values`
  std::vector<Expression> keyword_values;
  /// Call of a method on something other than a name (`sa.Enum(...).create(bind)`): that object,
  /// and `text` holds the method name with a leading dot (`.create`).
  std::vector<Expression> receiver;
  int line = 0;
  int column = 0;
  std::string source;  ///< the expression's source text (whitespace as written)

  /// The keyword argument `name`, or nullptr.
  const Expression* keyword(const std::string& name) const;
  /// The keyword argument `name`, else positional argument `position` (when it exists), else nullptr.
  const Expression* argument(std::size_t position, const std::string& name) const;
  /// Whether this is the constant `None`.
  bool is_none() const { return kind == ExpressionKind::Constant && text == "None"; }
  /// Whether this is the constant `True`.
  bool is_true() const { return kind == ExpressionKind::Constant && text == "True"; }
  /// Whether this is the constant `False`.
  bool is_false() const { return kind == ExpressionKind::Constant && text == "False"; }
};

/// The last part of a dotted name (`sa.types.Integer` → `Integer`).
std::string last_name_part(const std::string& dotted);

}  // namespace driftgate::alembic
