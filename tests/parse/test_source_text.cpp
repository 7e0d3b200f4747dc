#include <catch2/catch.hpp>

#include <string>

#include "parse/source_text.hpp"

using driftgate::parse::SourceText;

TEST_CASE("byte offsets become 1-based lines and character columns", "[parse]") {
  const std::string text = "CREATE TABLE a ();\n  -- note\n\tCREATE TABLE \"é\" (x int);";
  const SourceText source("schema/a.sql", text);
  CHECK(source.location(0).line == 1);
  CHECK(source.location(0).column == 1);
  const auto second = source.location(text.find("-- note"));
  CHECK(second.line == 2);
  CHECK(second.column == 3);
  // Columns count characters: "é" is two bytes but one column.
  const auto after_accent = source.location(text.find("(x int)"));
  CHECK(after_accent.line == 3);
  CHECK(after_accent.column == 19);
  CHECK(source.position(text.size()) == "schema/a.sql:3:" + std::to_string(after_accent.column + 8));
}

TEST_CASE("the excerpt shows the line and a caret under the column, keeping tabs", "[parse]") {
  const std::string text = "SELECT 1;\n\tCREATE TABL x;\n";
  const SourceText source("a.sql", text);
  CHECK(source.excerpt(text.find("TABL")) == "\tCREATE TABL x;\n\t       ^");
  CHECK(source.excerpt(0) == "SELECT 1;\n^");
  const std::string crlf = "A;\r\nB C;\r\n";
  CHECK(SourceText("b.sql", crlf).excerpt(crlf.find('C')) == "B C;\n  ^");
}

TEST_CASE("blanks and comments before a statement are skipped", "[parse]") {
  const std::string text = "  -- one\n /* two /* nested */ still */\n\tCREATE";
  CHECK(driftgate::parse::skip_blanks_and_comments(text, 0) == text.find("CREATE"));
  const std::string unterminated = " /* never closed";
  CHECK(driftgate::parse::skip_blanks_and_comments(unterminated, 0) == unterminated.size());
}

TEST_CASE("character positions map back to bytes", "[parse]") {
  const std::string text = "éé x";
  CHECK(driftgate::parse::offset_of_character(text, 0, 2) == 4);
  CHECK(driftgate::parse::offset_of_character(text, 0, 3) == 5);
  CHECK(driftgate::parse::offset_of_character(text, 0, 99) == text.size());
}
