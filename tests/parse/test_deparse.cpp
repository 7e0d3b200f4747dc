#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/deparse.hpp"
#include "parse/load_sql.hpp"
#include "parse/pg_query_tree.hpp"

using namespace driftgate::parse;

namespace {

/// The deparsed text of the expression in `SELECT <expression>`.
std::string deparse_select_target(const std::string& expression) {
  const std::string text = "SELECT " + expression;
  const SourceText source("expression.sql", text);
  const ParseTree tree = ParseTree::parse(source);
  REQUIRE(tree.statements().size() == 1);
  const PgQuery__SelectStmt& select = *tree.statements()[0].node->select_stmt;
  REQUIRE(select.n_target_list == 1);
  return deparse_expression(select.target_list[0]->res_target->val);
}

}  // namespace

TEST_CASE("deparsed expressions re-parse to the same text", "[parse]") {
  const std::vector<std::string> expressions = {
      "0",
      "'abc'",
      "'it''s'",
      "now()",
      "CURRENT_TIMESTAMP",
      "current_date",
      "'{}'::jsonb",
      "nextval('public.t_id_seq'::regclass)",
      "a > 0 AND (b < 10 OR c IS NULL)",
      "lower(email::text)",
      "CASE WHEN a > 0 THEN 'pos' ELSE 'neg' END",
      "a IN (1, 2, 3)",
      "x BETWEEN 1 AND 10",
      "coalesce(a, b, 0) + 1.5",
      "ARRAY[1, 2]::integer[]",
      "(amount * 1.2)",
      "name COLLATE \"C\"",
      "gen_random_uuid()",
      "e'tab\\there'",
      "NOT (a = ANY ('{1,2}'::int[]))",
      "-5",
      "interval '1 day'",
      "status <> 'closed'::app.status",
  };
  for (const std::string& expression : expressions) {
    INFO(expression);
    const std::string once = deparse_select_target(expression);
    CHECK_FALSE(once.empty());
    CHECK(deparse_select_target(once) == once);
  }
  CHECK(deparse_select_target("(amount * 1.2)") == "amount * 1.2");
  CHECK(deparse_select_target("'it''s'") == "'it''s'");
}

TEST_CASE("partition keys and bounds read like PostgreSQL prints them", "[parse]") {
  const auto result = driftgate::test::load_sql(
      "CREATE TABLE r (a date, b text, c int) PARTITION BY RANGE (a);\n"
      "CREATE TABLE r1 PARTITION OF r FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');\n"
      "CREATE TABLE r2 PARTITION OF r FOR VALUES FROM (MINVALUE) TO ('2020-01-01');\n"
      "CREATE TABLE rd PARTITION OF r DEFAULT;\n"
      "CREATE TABLE l (a int, b text) PARTITION BY LIST (b);\n"
      "CREATE TABLE l1 PARTITION OF l FOR VALUES IN ('x', 'y');\n"
      "CREATE TABLE h (a int, b text) PARTITION BY HASH (a);\n"
      "CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 4, REMAINDER 0);\n"
      "CREATE TABLE m (a int, b text) PARTITION BY RANGE (a, lower(b));\n");
  const auto& tables = result.catalog.tables;
  CHECK(tables.at({"public", "r"}).partition_key == "RANGE (a)");
  CHECK(tables.at({"public", "l"}).partition_key == "LIST (b)");
  CHECK(tables.at({"public", "h"}).partition_key == "HASH (a)");
  // The deparser's own spelling; the normaliser makes it PostgreSQL's `RANGE (a, lower(b))`.
  CHECK(tables.at({"public", "m"}).partition_key == "RANGE (a, (lower(b)))");
  CHECK(tables.at({"public", "r1"}).partition_bound == "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");
  CHECK(tables.at({"public", "r2"}).partition_bound == "FOR VALUES FROM (minvalue) TO ('2020-01-01')");
  CHECK(tables.at({"public", "rd"}).partition_bound == "DEFAULT");
  CHECK(tables.at({"public", "l1"}).partition_bound == "FOR VALUES IN ('x', 'y')");
  CHECK(tables.at({"public", "h0"}).partition_bound == "FOR VALUES WITH (MODULUS 4, REMAINDER 0)");

  // Each text re-parses to itself.
  for (const auto& [name, table] : tables) {
    std::string again;
    if (table.partition_key) {
      again = "CREATE TABLE x (a int, b text) PARTITION BY " + *table.partition_key + ";";
      CHECK(driftgate::test::load_sql(again).catalog.tables.at({"public", "x"}).partition_key == table.partition_key);
    }
    if (table.partition_bound) {
      again = "CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE x PARTITION OF p " + *table.partition_bound + ";";
      CHECK(driftgate::test::load_sql(again).catalog.tables.at({"public", "x"}).partition_bound == table.partition_bound);
    }
  }
}

TEST_CASE("view queries are deparsed and re-parse to the same text", "[parse]") {
  const auto result = driftgate::test::load_sql(
      "CREATE TABLE t (id int, name text);\n"
      "CREATE VIEW v AS SELECT id, upper(name) AS loud FROM t WHERE id > 0 ORDER BY id;\n");
  const std::string& definition = result.catalog.views.at({"public", "v"}).definition;
  CHECK(definition == "SELECT id, upper(name) AS loud FROM t WHERE id > 0 ORDER BY id");
  const auto again = driftgate::test::load_sql("CREATE VIEW v AS " + definition + ";");
  CHECK(again.catalog.views.at({"public", "v"}).definition == definition);
}

TEST_CASE("plain constants are written exactly as libpg_query's deparser writes them", "[parse]") {
  const std::vector<std::string> constants = {
      "0", "42", "-5", "2147483647", "-2147483648", "true", "false", "NULL", "''", "'abc'",
      "'it''s'", "'{}'", "'{\"a\": 1}'", "'new'", "'ünïcödé'", "e'tab\\there'", "'a\\b'",
      "1.5", "10000000000", "B'101'",
  };
  for (const std::string& constant : constants) {
    INFO(constant);
    const std::string text = "SELECT " + constant;
    const SourceText source("constant.sql", text);
    const ParseTree tree = ParseTree::parse(source);
    REQUIRE(tree.statements().size() == 1);
    const PgQuery__Node* node = tree.statements()[0].node->select_stmt->target_list[0]->res_target->val;
    CHECK(deparse_expression(node) == deparse_expression_by_libpg_query(node));
  }
}
