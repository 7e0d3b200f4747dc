#include <catch2/catch.hpp>

#include "alembic/python_tokenizer.hpp"

using namespace driftgate::alembic;

namespace {

std::vector<Token> tokens_of(const std::string& text) {
  TokenizedFile file = tokenize_python(text, "t.py");
  INFO((file.problems.empty() ? std::string() : file.problems.front().message));
  REQUIRE(file.problems.empty());
  std::vector<Token> all;
  for (auto& line : file.lines) all.insert(all.end(), line.tokens.begin(), line.tokens.end());
  return all;
}

}  // namespace

TEST_CASE("tokenizer reads every string form", "[alembic]") {
  auto tokens = tokens_of(R"(a = 'x' "y" '''t'''  """u""" r'\d' b'\x41' u'\u00e9' f'{v}' R"\n" rb'\n' 'a\tb\'c')");
  std::vector<std::string> texts;
  for (const auto& token : tokens) {
    if (token.kind == TokenKind::String) texts.push_back(token.text);
  }
  CHECK(texts == std::vector<std::string>{"x", "y", "t", "u", "\\d", "A", "\xc3\xa9", "{v}", "\\n", "\\n", "a\tb'c"});
  CHECK(tokens.back().form == StringForm::Plain);
}

TEST_CASE("tokenizer joins bracketed lines and continuations, drops comments, keeps positions", "[alembic]") {
  TokenizedFile file = tokenize_python("x = (1,  # one\n     2)\ny = 3 + \\\n  4\n\n    # indented comment\nz = '''a\nb'''\nw = 1\n", "t.py");
  REQUIRE(file.problems.empty());
  REQUIRE(file.lines.size() == 4);
  CHECK(file.lines[0].tokens.size() == 7);
  CHECK(file.lines[1].tokens.size() == 5);
  CHECK(file.lines[2].tokens[2].text == "a\nb");
  CHECK(file.lines[3].tokens[0].line == 9);
  CHECK(file.lines[3].tokens[0].column == 1);
}

TEST_CASE("tokenizer records indentation of logical lines", "[alembic]") {
  TokenizedFile file = tokenize_python("def f():\n    a()\n\tb()\n", "t.py");
  REQUIRE(file.lines.size() == 3);
  CHECK(file.lines[0].indent == 0);
  CHECK(file.lines[1].indent == 4);
  CHECK(file.lines[2].indent == 8);
}

TEST_CASE("tokenizer reports unreadable input with file:line:column and never throws", "[alembic]") {
  struct Case {
    std::string text;
    int line;
    std::string says;
  };
  const std::vector<Case> cases = {
      {"x = 'abc\n", 1, "never closed"},
      {"x = 1\ny = \"\"\"abc\n", 2, "never closed"},
      {"f(1, [2)\n", 1, "does not match"},
      {"x = 1)\n", 1, "never opened"},
      {"f(\n", 1, "never closed"},
      {"x = \x01\n", 1, "byte 0x01"},
      {"x = $\n", 1, "not part of Python"},
  };
  for (const auto& c : cases) {
    TokenizedFile file = tokenize_python(c.text, "bad.py");
    INFO(c.text);
    REQUIRE(file.problems.size() == 1);
    CHECK(file.problems[0].location.file == "bad.py");
    CHECK(file.problems[0].location.line == c.line);
    CHECK(file.problems[0].location.column > 0);
    CHECK(file.problems[0].message.find(c.says) != std::string::npos);
  }
}
