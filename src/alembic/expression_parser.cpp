#include "alembic/expression_parser.hpp"

namespace driftgate::alembic {
namespace {

bool is_op(const Token& token, std::string_view text) {
  return token.kind == TokenKind::Operator && token.text == text;
}

class ExpressionParser {
 public:
  ExpressionParser(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, std::string_view file_text)
      : tokens_(tokens), pos_(begin), end_(end), file_text_(file_text) {}

  Expression top() {
    const std::size_t start = pos_;
    Expression first = expression();
    if (pos_ < end_ && is_op(tokens_[pos_], ",")) {
      Expression tuple = begin_node(ExpressionKind::Tuple, start);
      tuple.items.push_back(std::move(first));
      while (pos_ < end_ && is_op(tokens_[pos_], ",")) {
        ++pos_;
        if (pos_ >= end_) break;
        tuple.items.push_back(expression());
      }
      finish(tuple, start);
      first = std::move(tuple);
    }
    if (pos_ < end_) {
      // Trailing tokens the subset does not read: the whole range is one Other node.
      Expression other = begin_node(ExpressionKind::Other, start);
      pos_ = end_;
      finish(other, start);
      return other;
    }
    return first;
  }

 private:
  Expression begin_node(ExpressionKind kind, std::size_t start) const {
    Expression node;
    node.kind = kind;
    if (start < tokens_.size()) {
      node.line = tokens_[start].line;
      node.column = tokens_[start].column;
    }
    return node;
  }

  void finish(Expression& node, std::size_t start) const {
    if (start >= pos_ || start >= tokens_.size()) return;
    const std::size_t from = tokens_[start].offset;
    const std::size_t to = tokens_[pos_ - 1].end;
    if (to > from && to <= file_text_.size()) node.source = std::string(file_text_.substr(from, to - from));
  }

  /// Skips to the next `,` or closing bracket at this depth (or the end), for Other nodes.
  void skip_rest_of_operand() {
    int depth = 0;
    while (pos_ < end_) {
      const Token& token = tokens_[pos_];
      if (token.kind == TokenKind::Operator) {
        if (token.text == "(" || token.text == "[" || token.text == "{") ++depth;
        if (token.text == ")" || token.text == "]" || token.text == "}") {
          if (depth == 0) return;
          --depth;
        }
        if (depth == 0 && (token.text == "," || token.text == ":" || token.text == "=")) return;
      }
      ++pos_;
    }
  }

  bool at_operand_end() const {
    if (pos_ >= end_) return true;
    const Token& token = tokens_[pos_];
    return token.kind == TokenKind::Operator &&
           (token.text == "," || token.text == ")" || token.text == "]" || token.text == "}" ||
            token.text == ":" || token.text == "=");
  }

  Expression expression() {
    const std::size_t start = pos_;
    Expression value = primary();
    if (!at_operand_end()) {
      // An operator, conditional or comparison: not part of the subset; keep the text.
      Expression other = begin_node(ExpressionKind::Other, start);
      skip_rest_of_operand();
      finish(other, start);
      return other;
    }
    return value;
  }

  Expression primary() {
    const std::size_t start = pos_;
    Expression value = atom();
    while (pos_ < end_ && value.kind != ExpressionKind::Other) {
      const Token& token = tokens_[pos_];
      if (is_op(token, ".") && pos_ + 1 < end_ && tokens_[pos_ + 1].kind == TokenKind::Name) {
        const std::string attribute = tokens_[pos_ + 1].text;
        pos_ += 2;
        if (value.kind == ExpressionKind::Name) {
          value.text += "." + attribute;
          finish(value, start);
          continue;
        }
        if (pos_ < end_ && is_op(tokens_[pos_], "(")) {
          Expression call = begin_node(ExpressionKind::Call, start);
          call.receiver.push_back(std::move(value));
          call.text = "." + attribute;
          arguments(call);
          finish(call, start);
          value = std::move(call);
          continue;
        }
        value = begin_node(ExpressionKind::Other, start);
        finish(value, start);
        continue;
      }
      if (is_op(token, "(")) {
        Expression call = begin_node(ExpressionKind::Call, start);
        if (value.kind == ExpressionKind::Name) {
          call.text = value.text;
        } else {
          call.receiver.push_back(std::move(value));
          call.text = ".__call__";
        }
        arguments(call);
        finish(call, start);
        value = std::move(call);
        continue;
      }
      if (is_op(token, "[")) {
        value = begin_node(ExpressionKind::Other, start);
        skip_bracketed();
        finish(value, start);
        continue;
      }
      break;
    }
    return value;
  }

  /// Skips a bracketed group starting at pos_ (an opening bracket).
  void skip_bracketed() {
    int depth = 0;
    while (pos_ < end_) {
      const Token& token = tokens_[pos_++];
      if (token.kind != TokenKind::Operator) continue;
      if (token.text == "(" || token.text == "[" || token.text == "{") ++depth;
      if (token.text == ")" || token.text == "]" || token.text == "}") {
        if (--depth == 0) return;
      }
    }
  }

  /// Reads `(args)` into `call`; pos_ is at the `(`.
  void arguments(Expression& call) {
    ++pos_;
    while (pos_ < end_ && !is_op(tokens_[pos_], ")")) {
      const Token& token = tokens_[pos_];
      if (token.kind == TokenKind::Name && pos_ + 1 < end_ && is_op(tokens_[pos_ + 1], "=")) {
        pos_ += 2;
        call.keywords.push_back(token.text);
        call.keyword_values.push_back(expression());
      } else if (is_op(token, "*") || is_op(token, "**")) {
        // *args / **kwargs: unknown contents.
        const std::size_t start = pos_;
        ++pos_;
        Expression other = begin_node(ExpressionKind::Other, start);
        skip_rest_of_operand();
        finish(other, start);
        call.keywords.push_back(token.text);
        call.keyword_values.push_back(std::move(other));
      } else {
        call.items.push_back(expression());
      }
      if (pos_ < end_ && is_op(tokens_[pos_], ",")) {
        ++pos_;
      } else if (pos_ < end_ && !is_op(tokens_[pos_], ")")) {
        // Something unreadable inside the call: skip to the next argument.
        skip_rest_of_operand();
        if (pos_ < end_ && !is_op(tokens_[pos_], ")")) ++pos_;
      }
    }
    if (pos_ < end_) ++pos_;  // ')'
  }

  /// Reads comma-separated items up to `close` into `node.items`.
  void items_until(Expression& node, std::string_view close, bool dict) {
    ++pos_;
    bool saw_comma = false;
    while (pos_ < end_ && !is_op(tokens_[pos_], close)) {
      node.items.push_back(expression());
      if (dict && pos_ < end_ && is_op(tokens_[pos_], ":")) {
        ++pos_;
        node.items.push_back(expression());
      }
      if (pos_ < end_ && is_op(tokens_[pos_], ",")) {
        saw_comma = true;
        ++pos_;
      } else if (pos_ < end_ && !is_op(tokens_[pos_], close)) {
        skip_rest_of_operand();
        if (pos_ < end_ && !is_op(tokens_[pos_], close)) ++pos_;
      }
    }
    if (pos_ < end_) ++pos_;
    trailing_comma_ = saw_comma;
  }

  Expression atom() {
    const std::size_t start = pos_;
    if (pos_ >= end_) return begin_node(ExpressionKind::Other, start);
    const Token& token = tokens_[pos_];
    switch (token.kind) {
      case TokenKind::Name: {
        ++pos_;
        if (token.text == "None" || token.text == "True" || token.text == "False") {
          Expression constant = begin_node(ExpressionKind::Constant, start);
          constant.text = token.text;
          finish(constant, start);
          return constant;
        }
        if (token.text == "lambda" || token.text == "not" || token.text == "await" || token.text == "yield") {
          Expression other = begin_node(ExpressionKind::Other, start);
          skip_rest_of_operand();
          finish(other, start);
          return other;
        }
        Expression name = begin_node(ExpressionKind::Name, start);
        name.text = token.text;
        finish(name, start);
        return name;
      }
      case TokenKind::Number: {
        ++pos_;
        Expression number = begin_node(ExpressionKind::Number, start);
        number.text = token.text;
        finish(number, start);
        return number;
      }
      case TokenKind::String: {
        Expression text = begin_node(ExpressionKind::String, start);
        while (pos_ < end_ && tokens_[pos_].kind == TokenKind::String) {
          text.text += tokens_[pos_].text;
          if (tokens_[pos_].form == StringForm::Formatted) text.formatted = true;
          ++pos_;
        }
        finish(text, start);
        return text;
      }
      case TokenKind::Operator:
        break;
    }
    if (token.text == "-" && pos_ + 1 < end_ && tokens_[pos_ + 1].kind == TokenKind::Number) {
      pos_ += 2;
      Expression number = begin_node(ExpressionKind::Number, start);
      number.text = "-" + tokens_[pos_ - 1].text;
      finish(number, start);
      return number;
    }
    if (token.text == "(") {
      Expression tuple = begin_node(ExpressionKind::Tuple, start);
      items_until(tuple, ")", false);
      finish(tuple, start);
      if (tuple.items.size() == 1 && !trailing_comma_) {
        Expression inner = std::move(tuple.items.front());
        return inner;
      }
      return tuple;
    }
    if (token.text == "[") {
      Expression list = begin_node(ExpressionKind::List, start);
      items_until(list, "]", false);
      finish(list, start);
      return list;
    }
    if (token.text == "{") {
      Expression dict = begin_node(ExpressionKind::Dict, start);
      items_until(dict, "}", true);
      finish(dict, start);
      return dict;
    }
    Expression other = begin_node(ExpressionKind::Other, start);
    ++pos_;
    skip_rest_of_operand();
    finish(other, start);
    return other;
  }

  const std::vector<Token>& tokens_;
  std::size_t pos_;
  std::size_t end_;
  std::string_view file_text_;
  bool trailing_comma_ = false;
};

}  // namespace

Expression parse_expression(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                            std::string_view file_text) {
  if (end > tokens.size()) end = tokens.size();
  return ExpressionParser(tokens, begin, end, file_text).top();
}

}  // namespace driftgate::alembic
