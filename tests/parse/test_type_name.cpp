#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "parse/load_sql.hpp"
#include "parse/type_name.hpp"

using driftgate::parse::ArrayType;
using driftgate::parse::format_builtin_type;
using driftgate::test::load_error;
using driftgate::test::load_sql;

namespace {

/// `written|expected` pairs of tests/fixtures/parse/type_names.txt, taken from a live server.
std::vector<std::pair<std::string, std::string>> type_name_cases() {
  std::istringstream in(driftgate::test::read_parse_fixture("type_names.txt"));
  std::vector<std::pair<std::string, std::string>> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto bar = line.find('|');
    cases.emplace_back(line.substr(0, bar), line.substr(bar + 1));
  }
  return cases;
}

std::string column_type(const std::string& sql, const std::string& table = "t", const std::string& column = "c") {
  const auto result = load_sql(sql);
  const auto& columns = result.catalog.tables.at({"public", table}).columns;
  for (const auto& candidate : columns) {
    if (candidate.name == column) return candidate.type;
  }
  FAIL("no column " << column);
  return "";
}

}  // namespace

TEST_CASE("every type alias gets the text format_type prints", "[parse]") {
  const auto cases = type_name_cases();
  REQUIRE(cases.size() > 60);
  std::string sql = "CREATE TABLE t (";
  for (std::size_t i = 0; i < cases.size(); ++i) {
    sql.append(i > 0 ? ", c" : "c").append(std::to_string(i)).append(" ").append(cases[i].first);
  }
  sql += ");";
  const auto result = load_sql(sql);
  const auto& columns = result.catalog.tables.at({"public", "t"}).columns;
  REQUIRE(columns.size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO("written as " << cases[i].first);
    CHECK(columns[i].type == cases[i].second);
  }
}

TEST_CASE("format_builtin_type handles modifiers and arrays", "[parse]") {
  CHECK(format_builtin_type("int4", {}, ArrayType::No) == "integer");
  CHECK(format_builtin_type("int4", {}, ArrayType::Yes) == "integer[]");
  CHECK(format_builtin_type("_varchar", {12}, ArrayType::No) == "character varying(12)[]");
  CHECK(format_builtin_type("timestamptz", {9}, ArrayType::No) == "timestamp(6) with time zone");
  CHECK(format_builtin_type("interval", {0x7FFF, 2}, ArrayType::No) == "interval(2)");
  CHECK(format_builtin_type("bit", {}, ArrayType::No) == "\"bit\"");
  CHECK(format_builtin_type("jsonb", {}, ArrayType::Yes) == "jsonb[]");
}

TEST_CASE("user types are schema-qualified and quoted where needed", "[parse]") {
  CHECK(column_type("CREATE TYPE status AS ENUM ('a'); CREATE TABLE t (c status);") == "public.status");
  CHECK(column_type("CREATE SCHEMA \"MySchema\"; CREATE TYPE \"MySchema\".\"Mood\" AS ENUM ('ok');"
                    "CREATE TABLE t (c \"MySchema\".\"Mood\"[]);") == "\"MySchema\".\"Mood\"[]");
  // An extension type nobody defined resolves to the first schema of the path.
  CHECK(column_type("CREATE TABLE t (c citext);") == "public.citext");
  CHECK(column_type("CREATE TABLE t (c public.citext);") == "public.citext");
}

TEST_CASE("unqualified user types follow the search path to the schema holding the enum", "[parse]") {
  const std::string sql =
      "CREATE SCHEMA app; CREATE SCHEMA other;"
      "CREATE TYPE other.mood AS ENUM ('x');"
      "SET search_path TO app, other;"
      "CREATE TABLE public.t (c mood, d color);";
  const auto result = load_sql(sql);
  const auto& table = result.catalog.tables.at({"public", "t"});
  CHECK(table.columns[0].type == "other.mood");  // the first schema in the path that has it
  CHECK(table.columns[1].type == "app.color");   // unknown: the first schema of the path
}

TEST_CASE("serial types become integers with a sequence default", "[parse]") {
  const auto result = load_sql("CREATE TABLE t (a serial, b bigserial, c smallserial, d serial8, e pg_catalog.serial4);");
  const auto& columns = result.catalog.tables.at({"public", "t"}).columns;
  CHECK(columns[0].type == "integer");
  CHECK(columns[1].type == "bigint");
  CHECK(columns[2].type == "smallint");
  CHECK(columns[3].type == "bigint");
  CHECK(columns[4].type == "integer");
  CHECK(columns[0].default_expr == "nextval('public.t_a_seq'::regclass)");
  CHECK(columns[0].not_null);
}

TEST_CASE("type forms a column cannot have are input errors with a location", "[parse]") {
  // The grammar itself refuses %TYPE in a table.
  CHECK(load_error("CREATE TABLE s (x int);\nCREATE TABLE t (c s.x%TYPE);") ==
        "schema/a.sql:2:22: syntax error at or near \"%\"\n"
        "CREATE TABLE t (c s.x%TYPE);\n"
        "                     ^");
  CHECK_THAT(load_error("CREATE TABLE t (c int GENERATED ALWAYS AS IDENTITY, d text GENERATED ALWAYS AS IDENTITY);"),
             Catch::Matches("schema/a.sql:1:1: identity column type must be smallint, integer, or bigint "
                            "\\(column d is text\\)"));
  CHECK_THAT(load_error("CREATE TABLE t (c serial[]);"),
             Catch::Matches("schema/a.sql:1:1: array of serial is not implemented.*"));
}
