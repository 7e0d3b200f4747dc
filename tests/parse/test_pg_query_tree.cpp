#include <catch2/catch.hpp>

#include <string>

#include "parse/load_sql.hpp"
#include "parse/pg_query_tree.hpp"

using driftgate::parse::ParseTree;
using driftgate::parse::SourceText;
using driftgate::test::load_error;
using driftgate::test::load_sql;

namespace {

/// `count` small CREATE TABLE statements, one per line.
std::string filler_tables(int count, const std::string& prefix = "filler") {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text.append("CREATE TABLE ").append(prefix).append(std::to_string(i)).append(" (id int, note text);\n");
  }
  return text;
}

}  // namespace

TEST_CASE("statements start at their first token, after comments", "[parse]") {
  const std::string text = "-- header\nCREATE TABLE a (x int);\n\n/* b */ CREATE TABLE b (x int); CREATE TABLE c (x int)";
  const SourceText source("a.sql", text);
  const ParseTree tree = ParseTree::parse(source);
  REQUIRE(tree.statements().size() == 3);
  CHECK(source.location(tree.statements()[0].offset).line == 2);
  CHECK(source.location(tree.statements()[1].offset).line == 4);
  CHECK(source.location(tree.statements()[1].offset).column == 9);
  CHECK(source.location(tree.statements()[2].offset).column == 33);
  CHECK(tree.statements()[2].node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT);
}

TEST_CASE("a syntax error names file, line and column and shows a caret", "[parse]") {
  CHECK(load_error("CREATE TABLE a (x int);\n\nCREATE TABLEX t (a int);\n", "schema/b.sql") ==
        "schema/b.sql:3:8: syntax error at or near \"TABLEX\"\n"
        "CREATE TABLEX t (a int);\n"
        "       ^");
  // Columns count characters, not bytes.
  CHECK(load_error("CREATE TABLE \"été\" (x int,, y int);") ==
        "schema/a.sql:1:27: syntax error at or near \",\"\n"
        "CREATE TABLE \"été\" (x int,, y int);\n"
        "                          ^");
  CHECK(load_error("CREATE TABLE a (x int);\nCOMMENT ON TABLE a IS 'never closed;\n") ==
        "schema/a.sql:2:23: unterminated quoted string at or near \"'never closed;\n\"\n"
        "COMMENT ON TABLE a IS 'never closed;\n"
        "                      ^");
  CHECK_THAT(load_error("CREATE TABLE a (x int"), Catch::StartsWith("schema/a.sql:1:22: syntax error at end of input"));
}

TEST_CASE("large files parse in chunks with exact positions", "[parse]") {
  const std::string head = filler_tables(3000);  // about 130 kB, several chunks
  const auto result = load_sql(head + "CREATE TABLE last (id int);\n");
  CHECK(result.catalog.tables.size() == 3001);
  CHECK(result.catalog.tables.at({"public", "last"}).location.line == 3001);
  CHECK(result.catalog.tables.at({"public", "filler2999"}).location.line == 3000);
  CHECK(load_error(head + "CREATE TABLE broken (id int,);\n") ==
        "schema/a.sql:3001:29: syntax error at or near \")\"\n"
        "CREATE TABLE broken (id int,);\n"
        "                            ^");
}

TEST_CASE("a statement the simple splitter cuts wrongly still parses", "[parse]") {
  // BEGIN ATOMIC bodies hold semicolons at the top level; a chunk boundary inside one makes
  // the chunk fail to parse, and the whole file is parsed at once instead.
  std::string body;
  for (int i = 0; i < 1500; ++i) body.append("  SELECT ").append(std::to_string(i)).append(" AS value_column;\n");
  const std::string text = filler_tables(500) + "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n" +
                           body + "END;\nCREATE TABLE after_function (id int);\n";
  const auto result = load_sql(text);
  CHECK(result.catalog.tables.count({"public", "after_function"}) == 1);
  CHECK(result.catalog.tables.at({"public", "after_function"}).location.line == 500 + 2 + 1500 + 2);
  REQUIRE(result.warnings.size() == 1);
  CHECK(result.warnings[0].location.line == 501);
  CHECK(result.warnings[0].message.rfind("CREATE FUNCTION", 0) == 0);
}

TEST_CASE("psql meta-commands are skipped and reported", "[parse]") {
  const std::string text = "\\restrict KEY\nCREATE TABLE a (x int);\n\\unrestrict KEY\n";
  const SourceText source("dump.sql", text);
  const ParseTree tree = ParseTree::parse(source);
  REQUIRE(tree.statements().size() == 1);
  REQUIRE(tree.meta_commands().size() == 2);
  CHECK(tree.meta_commands()[0].text == "\\restrict KEY");
  CHECK(source.location(tree.meta_commands()[1].offset).line == 3);
  const auto result = load_sql(text, "dump.sql");
  CHECK(driftgate::test::messages(result.skipped) ==
        std::vector<std::string>{"dump.sql:1: psql meta-command \\restrict: not SQL, skipped",
                                 "dump.sql:3: psql meta-command \\unrestrict: not SQL, skipped"});
}

TEST_CASE("empty files and files of comments load nothing", "[parse]") {
  CHECK(load_sql("").catalog.tables.empty());
  CHECK(load_sql("-- nothing here\n/* nor here */\n;;").catalog.tables.empty());
}
