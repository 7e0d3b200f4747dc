#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "parse/index_column_names.hpp"
#include "parse/pg_query_tree.hpp"

using namespace driftgate::parse;

namespace {

/// Runs `check` on the expression of `SELECT <expression>`.
template <typename Check>
void with_expression(const std::string& expression, Check check) {
  const std::string text = "SELECT " + expression;
  const SourceText source("expression.sql", text);
  const ParseTree tree = ParseTree::parse(source);
  check(tree.statements()[0].node->select_stmt->target_list[0]->res_target->val);
}

std::optional<std::string> figured(const std::string& expression) {
  std::optional<std::string> name;
  with_expression(expression, [&](const PgQuery__Node* node) { name = figure_index_column_name(node); });
  return name;
}

std::vector<std::string> columns(const std::string& expression) {
  std::vector<std::string> names;
  with_expression(expression, [&](const PgQuery__Node* node) { names = referenced_columns(node); });
  return names;
}

}  // namespace

TEST_CASE("index expression columns are named as PostgreSQL guesses them", "[parse]") {
  CHECK(figured("lower(email)") == "lower");
  CHECK(figured("public.my_func(a, b)") == "my_func");
  CHECK(figured("t.email") == "email");
  CHECK(figured("email::text") == "email");      // a column beats the cast's type
  CHECK(figured("'x'::text") == "text");         // a constant does not
  CHECK(figured("(a + 1)::bigint") == "int8");   // the type as the grammar names it
  CHECK(figured("a + 1") == std::nullopt);       // operators have no name: "expr"
  CHECK(figured("CASE WHEN a THEN b END") == "case");
  CHECK(figured("CASE WHEN a THEN b ELSE c END") == "c");
  CHECK(figured("coalesce(a, b)") == "coalesce");
  CHECK(figured("nullif(a, b)") == "nullif");
  CHECK(figured("greatest(a, b)") == "greatest");
  CHECK(figured("ARRAY[a]") == "array");
  CHECK(figured("(a).field") == "field");
  CHECK(figured("a[1]") == "a");
  CHECK(figured("current_date") == "current_date");
  CHECK(figured("email COLLATE \"C\"") == "email");
  CHECK(figured("ROW(a, b)") == "row");
}

TEST_CASE("CHECK naming sees which columns an expression uses", "[parse]") {
  CHECK(columns("a > 0") == std::vector<std::string>{"a"});
  CHECK(columns("a > 0 AND t.a < 10") == std::vector<std::string>{"a"});
  CHECK(columns("a > b") == std::vector<std::string>{"a", "b"});
  CHECK(columns("lower(name) <> '' OR name IS NULL") == std::vector<std::string>{"name"});
  CHECK(columns("true").empty());
  CHECK(columns("a = ANY (ARRAY[b, c])") == std::vector<std::string>{"a", "b", "c"});
}
