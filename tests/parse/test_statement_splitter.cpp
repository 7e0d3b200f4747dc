#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/statement_splitter.hpp"

using driftgate::parse::split_statements;

namespace {

std::vector<std::string> statements_of(const std::string& text) {
  std::vector<std::string> statements;
  for (const auto& span : split_statements(text).statements) {
    statements.push_back(text.substr(span.begin, span.end - span.begin));
  }
  return statements;
}

}  // namespace

TEST_CASE("statements end at semicolons outside quotes, comments and parentheses", "[parse]") {
  CHECK(statements_of("SELECT 1; SELECT 2;") == std::vector<std::string>{"SELECT 1;", "SELECT 2;"});
  CHECK(statements_of("SELECT ';'; SELECT \";\";") == std::vector<std::string>{"SELECT ';';", "SELECT \";\";"});
  CHECK(statements_of("SELECT 'it''s;'; x;") == std::vector<std::string>{"SELECT 'it''s;';", "x;"});
  CHECK(statements_of("SELECT E'\\';'; x;") == std::vector<std::string>{"SELECT E'\\';';", "x;"});
  CHECK(statements_of("SELECT $$a;b$$; SELECT $f$ $$; $f$;") ==
        std::vector<std::string>{"SELECT $$a;b$$;", "SELECT $f$ $$; $f$;"});
  CHECK(statements_of("SELECT 1 -- ;\n; /* ; /* ; */ ; */ SELECT 2;") ==
        std::vector<std::string>{"SELECT 1 -- ;\n;", "SELECT 2;"});
  CHECK(statements_of("CREATE RULE r AS ON INSERT TO t DO (SELECT 1; SELECT 2); x;") ==
        std::vector<std::string>{"CREATE RULE r AS ON INSERT TO t DO (SELECT 1; SELECT 2);", "x;"});
  CHECK(statements_of("SELECT a$b; SELECT $1;") == std::vector<std::string>{"SELECT a$b;", "SELECT $1;"});
}

TEST_CASE("a last statement without a semicolon and unterminated text are kept", "[parse]") {
  CHECK(statements_of("SELECT 1; SELECT 2") == std::vector<std::string>{"SELECT 1;", "SELECT 2"});
  CHECK(statements_of("SELECT 1; SELECT 'open; SELECT 3;") ==
        std::vector<std::string>{"SELECT 1;", "SELECT 'open; SELECT 3;"});
  CHECK(statements_of("SELECT 1;   -- only a comment\n").size() == 1);
}

TEST_CASE("psql meta-commands where a statement would start are found", "[parse]") {
  const std::string text = "\\restrict abc\nSET x = 1;\n\\connect db\nSELECT '\\not';\n\\unrestrict abc";
  const auto split = split_statements(text);
  REQUIRE(split.meta_commands.size() == 3);
  CHECK(text.substr(split.meta_commands[0].begin, split.meta_commands[0].end - split.meta_commands[0].begin) ==
        "\\restrict abc");
  CHECK(text.substr(split.meta_commands[2].begin) == "\\unrestrict abc");
  REQUIRE(split.statements.size() == 2);
  CHECK(text.substr(split.statements[1].begin, split.statements[1].end - split.statements[1].begin) ==
        "SELECT '\\not';");
}
