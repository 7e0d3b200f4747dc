#pragma once

#include <string>
#include <vector>

#include "model/source_location.hpp"

namespace driftgate::alembic {

/// What a token of the Python subset is.
enum class TokenKind {
  Name,    ///< identifier or keyword (`op`, `def`, `None`)
  Number,  ///< integer or float literal, as written
  String,  ///< one string literal, already decoded (see Token::text)
  Operator ///< punctuation: brackets, `,`, `.`, `=`, `:`, `->`, `*`, `**`, `+`, …
};

/// How a string literal was written (its prefix).
enum class StringForm { Plain, Raw, Bytes, Formatted };

/// One token with where it starts (1-based line and column, in characters).
struct Token {
  TokenKind kind = TokenKind::Name;
  std::string text;  ///< Name/Number/Operator: as written; String: the decoded value
  StringForm form = StringForm::Plain;
  int line = 0;
  int column = 0;
  std::size_t offset = 0;  ///< byte offset of the token's first character
  std::size_t end = 0;     ///< byte offset just past the token
};

/// A logical line: the tokens of one statement (brackets and `\` continuations joined), with
/// the indentation (in columns) of its first token.
struct LogicalLine {
  int indent = 0;
  std::vector<Token> tokens;
};

/// Something the tokenizer could not read, with where it is.
struct TokenProblem {
  model::SourceLocation location;
  std::string message;
};

/// A tokenized file: its logical lines, and the problems that stopped or disturbed reading.
struct TokenizedFile {
  std::vector<LogicalLine> lines;
  std::vector<TokenProblem> problems;  ///< empty when the whole file was read
};

}  // namespace driftgate::alembic
