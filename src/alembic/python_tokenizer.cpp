#include "alembic/python_tokenizer.hpp"

#include <cctype>
#include <cstdint>
#include <vector>

#include <fmt/format.h>

namespace driftgate::alembic {
namespace {

bool is_name_start(unsigned char c) { return std::isalpha(c) != 0 || c == '_' || c >= 0x80; }
bool is_name_char(unsigned char c) { return std::isalnum(c) != 0 || c == '_' || c >= 0x80; }

/// Appends code point `code` to `out` as UTF-8.
void append_utf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Decodes the escapes of a (non-raw) string body as Python does.
std::string decode_escapes(std::string_view body, StringForm form) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    auto hex_escape = [&](std::size_t digits) {
      std::uint32_t code = 0;
      for (std::size_t k = 0; k < digits; ++k) {
        if (i + 1 >= body.size() || hex_value(body[i + 1]) < 0) return false;
        code = code * 16 + static_cast<std::uint32_t>(hex_value(body[++i]));
      }
      if (digits == 2 && form == StringForm::Bytes) {
        out += static_cast<char>(code);
      } else {
        append_utf8(out, code);
      }
      return true;
    };
    switch (e) {
      case '\n': break;
      case '\r': if (i + 1 < body.size() && body[i + 1] == '\n') ++i; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'x': if (!hex_escape(2)) out += "\\x"; break;
      case 'u': if (form == StringForm::Bytes || !hex_escape(4)) out += "\\u"; break;
      case 'U': if (form == StringForm::Bytes || !hex_escape(8)) out += "\\U"; break;
      default:
        if (e >= '0' && e <= '7') {
          std::uint32_t code = static_cast<std::uint32_t>(e - '0');
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k) {
            code = code * 8 + static_cast<std::uint32_t>(body[++i] - '0');
          }
          append_utf8(out, code);
        } else {
          out += '\\';
          out += e;
        }
    }
  }
  return out;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const std::string& path) : text_(text), path_(path) {}

  TokenizedFile run() {
    while (pos_ < text_.size() && result_.problems.empty()) step();
    if (result_.problems.empty() && !brackets_.empty()) {
      const Token& open = brackets_.back();
      problem_at(open.offset, open.line, open.column,
                 fmt::format("'{}' is never closed", open.text));
    }
    finish_line();
    return std::move(result_);
  }

 private:
  int column_of(std::size_t offset) const {
    int column = 1;
    for (std::size_t i = line_start_; i < offset && i < text_.size(); ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    return column;
  }

  void problem_at(std::size_t, int line, int column, std::string message) {
    result_.problems.push_back({model::SourceLocation{path_, line, column}, std::move(message)});
  }
  void problem_here(std::string message) { problem_at(pos_, line_, column_of(pos_), std::move(message)); }

  void finish_line() {
    if (!current_.tokens.empty()) result_.lines.push_back(std::move(current_));
    current_ = LogicalLine{};
  }

  void new_physical_line() {
    ++line_;
    line_start_ = pos_;
  }

  void push(TokenKind kind, std::string token_text, std::size_t start, int line, int column,
            StringForm form = StringForm::Plain) {
    if (current_.tokens.empty()) current_.indent = indent_of_line_;
    current_.tokens.push_back(Token{kind, std::move(token_text), form, line, column, start, pos_});
  }

  void step() {
    const char c = text_[pos_];
    const auto uc = static_cast<unsigned char>(c);
    if (at_line_start_) {
      // Measure indentation of a physical line that may start a logical line.
      int indent = 0;
      while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\f')) {
        indent = text_[pos_] == '\t' ? (indent / 8 + 1) * 8 : indent + 1;
        ++pos_;
      }
      indent_of_line_ = indent;
      at_line_start_ = false;
      return;
    }
    if (c == '\n' || c == '\r') {
      if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
      ++pos_;
      new_physical_line();
      if (brackets_.empty()) {
        finish_line();
        at_line_start_ = true;
      }
      return;
    }
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos_;
      return;
    }
    if (c == '#') {
      while (pos_ < text_.size() && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
      return;
    }
    if (c == '\\') {
      std::size_t next = pos_ + 1;
      if (next < text_.size() && text_[next] == '\r') ++next;
      if (next < text_.size() && text_[next] == '\n') {
        pos_ = next + 1;
        new_physical_line();
        return;
      }
      return problem_here("a backslash outside a string must end the line (line continuation)");
    }
    if (uc == 0 || (uc < 0x20 && c != '\t') || uc == 0x7F) {
      return problem_here(fmt::format("byte 0x{:02x} cannot appear in Python source; is this a "
                                      "text file?", uc));
    }
    if (std::isdigit(uc) != 0 || (c == '.' && pos_ + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_ + 1])) != 0)) {
      return number();
    }
    if (is_name_start(uc)) {
      std::size_t end = pos_;
      while (end < text_.size() && is_name_char(static_cast<unsigned char>(text_[end]))) ++end;
      std::size_t quote = end;
      if (quote < text_.size() && (text_[quote] == '\'' || text_[quote] == '"') && is_string_prefix(text_.substr(pos_, end - pos_))) {
        return string_literal(end);
      }
      const int column = column_of(pos_);
      const std::size_t start = pos_;
      pos_ = end;
      return push(TokenKind::Name, std::string(text_.substr(start, end - start)), start, line_, column);
    }
    if (c == '\'' || c == '"') return string_literal(pos_);
    operator_token();
  }

  static bool is_string_prefix(std::string_view prefix) {
    if (prefix.size() > 2) return false;
    for (char p : prefix) {
      char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(p)));
      if (lower != 'r' && lower != 'b' && lower != 'u' && lower != 'f') return false;
    }
    return true;
  }

  void number() {
    const std::size_t start = pos_;
    const int column = column_of(pos_);
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_') {
        ++pos_;
      } else if ((c == '+' || c == '-') && (text_[pos_ - 1] == 'e' || text_[pos_ - 1] == 'E') &&
                 !(text_[start] == '0' && start + 1 < text_.size() && (text_[start + 1] == 'x' || text_[start + 1] == 'X'))) {
        ++pos_;
      } else {
        break;
      }
    }
    push(TokenKind::Number, std::string(text_.substr(start, pos_ - start)), start, line_, column);
  }

  /// Reads a string literal whose prefix starts at pos_ and whose quote is at `quote`.
  void string_literal(std::size_t quote) {
    const std::size_t start = pos_;
    const int line = line_;
    const int column = column_of(pos_);
    StringForm form = StringForm::Plain;
    bool raw = false;
    for (std::size_t i = start; i < quote; ++i) {
      const char p = static_cast<char>(std::tolower(static_cast<unsigned char>(text_[i])));
      if (p == 'r') raw = true;
      if (p == 'b') form = StringForm::Bytes;
      if (p == 'f') form = StringForm::Formatted;
    }
    if (raw && form == StringForm::Plain) form = StringForm::Raw;
    const char q = text_[quote];
    const bool triple = quote + 2 < text_.size() && text_[quote + 1] == q && text_[quote + 2] == q;
    const std::size_t delimiter = triple ? 3 : 1;
    std::size_t i = quote + delimiter;
    const std::size_t body_start = i;
    while (true) {
      if (i >= text_.size()) {
        problem_at(start, line, column, fmt::format("string starting here is never closed (missing {}{})",
                                                    std::string(delimiter, q), ""));
        pos_ = text_.size();
        return;
      }
      const char c = text_[i];
      if (c == '\\') {
        if (i + 1 < text_.size() && (text_[i + 1] == '\n' || text_[i + 1] == '\r')) {
          i += (text_[i + 1] == '\r' && i + 2 < text_.size() && text_[i + 2] == '\n') ? 3 : 2;
          pos_ = i;
          new_physical_line();
          continue;
        }
        i += 2;
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (!triple) {
          problem_at(start, line, column,
                     fmt::format("string starting here is never closed on its line (missing {})", q));
          pos_ = text_.size();
          return;
        }
        i += (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ? 2 : 1;
        pos_ = i;
        new_physical_line();
        continue;
      }
      if (c == q && (!triple || (i + 2 < text_.size() && text_[i + 1] == q && text_[i + 2] == q))) break;
      ++i;
    }
    const std::string_view body = text_.substr(body_start, i - body_start);
    pos_ = i + delimiter;
    std::string value = raw ? std::string(body) : decode_escapes(body, form);
    if (current_.tokens.empty()) current_.indent = indent_of_line_;
    current_.tokens.push_back(Token{TokenKind::String, std::move(value), form, line, column, start, pos_});
  }

  void operator_token() {
    static constexpr std::string_view three[] = {"**=", "//=", ">>=", "<<=", "..."};
    static constexpr std::string_view two[] = {"->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=",
                                               "*=", "/=", "%=", "&=", "|=", "^=", ":=", "<<", ">>", "@="};
    const std::size_t start = pos_;
    const int column = column_of(pos_);
    std::string_view rest = text_.substr(pos_);
    for (auto op : three) {
      if (rest.starts_with(op)) {
        pos_ += 3;
        return push(TokenKind::Operator, std::string(op), start, line_, column);
      }
    }
    for (auto op : two) {
      if (rest.starts_with(op)) {
        pos_ += 2;
        return push(TokenKind::Operator, std::string(op), start, line_, column);
      }
    }
    const char c = text_[pos_];
    static constexpr std::string_view singles = "()[]{},.:;=+-*/%<>&|^~@!";
    if (singles.find(c) == std::string_view::npos) {
      return problem_here(fmt::format("character '{}' is not part of Python's syntax", c));
    }
    ++pos_;
    if (c == '(' || c == '[' || c == '{') {
      push(TokenKind::Operator, std::string(1, c), start, line_, column);
      brackets_.push_back(current_.tokens.back());
      return;
    }
    if (c == ')' || c == ']' || c == '}') {
      const char expected = brackets_.empty() ? '\0'
                            : brackets_.back().text == "(" ? ')'
                            : brackets_.back().text == "[" ? ']'
                                                           : '}';
      if (c != expected) {
        pos_ = start;
        if (brackets_.empty()) return problem_here(fmt::format("'{}' closes a bracket that was never opened", c));
        const Token& open = brackets_.back();
        return problem_here(fmt::format("'{}' does not match '{}' opened at line {}, column {}", c,
                                        open.text, open.line, open.column));
      }
      brackets_.pop_back();
    }
    push(TokenKind::Operator, std::string(1, c), start, line_, column);
  }

  std::string_view text_;
  const std::string& path_;
  std::size_t pos_ = 0;
  int line_ = 1;
  std::size_t line_start_ = 0;
  bool at_line_start_ = true;
  int indent_of_line_ = 0;
  std::vector<Token> brackets_;
  LogicalLine current_;
  TokenizedFile result_;
};

}  // namespace

TokenizedFile tokenize_python(std::string_view text, const std::string& path) {
  return Tokenizer(text, path).run();
}

}  // namespace driftgate::alembic
