// diff_catalogs on models loaded from two small definitions: which items, in which order, with
// which safety class and fix. The database side is exercised by the fixture spines.
#include <catch2/catch.hpp>

#include "diff/diff_catalogs.hpp"
#include "diff/fixture_cases.hpp"
#include "parse/load_sql.hpp"
#include "parse/parser_comparator.hpp"

using namespace driftgate;
using diff::DriftKind;
using diff::SafetyClass;

namespace {

std::vector<diff::DriftItem> diff_sql(const std::string& expected, const std::string& actual,
                                      diff::ColumnOrder order = diff::ColumnOrder::Ignore) {
  const auto from = test::load_sql(expected, "schema/expected.sql").catalog;
  const auto to = test::load_sql(actual, "schema/actual.sql").catalog;
  const parse::ParserComparator comparator(parse::comparator_settings(from, to));
  diff::DiffOptions options;
  options.column_order = order;
  return diff::diff_catalogs(from, to, comparator, options);
}

std::vector<std::string> lines(const std::vector<diff::DriftItem>& items) {
  std::vector<std::string> result;
  for (const auto& item : items) result.push_back(test::drift_item_line(item));
  return result;
}

}  // namespace

TEST_CASE("the same definition written differently has no drift", "[diff]") {
  const auto items = diff_sql(
      "CREATE TYPE s AS ENUM ('a', 'b');\n"
      "CREATE TABLE t (id serial PRIMARY KEY, n int4 CHECK (n IN (1, 2)), s s DEFAULT 'a',\n"
      "  v varchar(10) NOT NULL DEFAULT 'x', created timestamptz DEFAULT now());\n"
      "CREATE INDEX ON t (n DESC) WHERE s IN ('a');\n",
      "CREATE TYPE public.s AS ENUM ('a', 'b');\n"
      "CREATE SEQUENCE public.t_id_seq AS integer;\n"
      "CREATE TABLE public.t (id integer NOT NULL DEFAULT nextval('public.t_id_seq'::regclass),\n"
      "  n integer, s public.s DEFAULT 'a'::public.s,\n"
      "  v character varying(10) NOT NULL DEFAULT 'x'::character varying,\n"
      "  created timestamp with time zone DEFAULT now(),\n"
      "  CONSTRAINT t_pkey PRIMARY KEY (id), CONSTRAINT t_n_check CHECK ((n = ANY (ARRAY[1, 2]))));\n"
      "ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;\n"
      "CREATE INDEX t_n_idx ON public.t USING btree (n DESC) WHERE (s = 'a'::public.s);\n");
  INFO(test::explain_items(items));
  CHECK(items.empty());
}

TEST_CASE("missing, unexpected and changed items come in report order", "[diff]") {
  const auto items = diff_sql(
      "CREATE SCHEMA app;\n"
      "CREATE TABLE app.a (id int PRIMARY KEY, x text NOT NULL, y int DEFAULT 1);\n"
      "CREATE TABLE b (id int);\n"
      "CREATE VIEW v AS SELECT b.id FROM b;\n",
      "CREATE SCHEMA app;\n"
      "CREATE TABLE app.a (id int PRIMARY KEY, x text, y int DEFAULT 2, z int);\n"
      "CREATE TABLE c (id int);\n"
      "CREATE INDEX c_id ON c (id);\n");
  INFO(test::explain_items(items));
  CHECK(lines(items) == std::vector<std::string>{
                            "changed column app.a.x nullability",
                            "changed column app.a.y default",
                            "unexpected column app.a.z",
                            "missing table public.b",
                            "unexpected table public.c",
                            "missing view public.v",
                        });
}

TEST_CASE("each item carries its safety class and the statement that fixes it", "[diff]") {
  const auto items = diff_sql("CREATE TABLE t (id int, note text);\nCREATE INDEX t_id ON t (id);\n",
                              "CREATE TABLE t (id bigint, extra int);\n");
  INFO(test::explain_items(items));
  // Within a table, items follow the columns' names: extra, id, note.
  REQUIRE(items.size() == 4);
  const auto& extra = items[0];
  CHECK(test::drift_item_line(extra) == "unexpected column public.t.extra");
  CHECK(extra.safety == SafetyClass::Destroys);
  CHECK(extra.severity == diff::Severity::Warning);
  CHECK(extra.fix_sql == std::vector<std::string>{"ALTER TABLE public.t DROP COLUMN extra;"});
  const auto& type = items[1];
  CHECK(test::drift_item_line(type) == "changed column public.t.id type");
  CHECK(type.expected == "integer");
  CHECK(type.actual == "bigint");
  CHECK(type.safety == SafetyClass::Alters);
  CHECK(type.fix_sql == std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN id TYPE integer;"});
  const auto& note = items[2];
  CHECK(test::drift_item_line(note) == "missing column public.t.note");
  CHECK(note.safety == SafetyClass::Additive);
  CHECK(note.severity == diff::Severity::Error);
  CHECK(note.fix_sql == std::vector<std::string>{"ALTER TABLE public.t ADD COLUMN note text;"});
  CHECK(note.location.file == "schema/expected.sql");
  CHECK(note.location.line == 1);
  CHECK(test::drift_item_line(items[3]) == "missing index public.t_id");
  CHECK(items[3].safety == SafetyClass::Additive);
}

TEST_CASE("a collation the definition does not set is reset to the type's default", "[diff]") {
  const auto items = diff_sql("CREATE TABLE t (a text);\n", "CREATE TABLE t (a text COLLATE \"C\");\n");
  REQUIRE(items.size() == 1);
  CHECK(test::drift_item_line(items[0]) == "changed column public.t.a collation");
  CHECK(items[0].fix_sql ==
        std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN a TYPE text COLLATE \"default\";"});
}

TEST_CASE("column order is drift only when asked for", "[diff]") {
  const std::string expected = "CREATE TABLE t (a int, b int, c int);\n";
  const std::string actual = "CREATE TABLE t (b int, a int, c int);\n";
  CHECK(diff_sql(expected, actual).empty());
  const auto strict = diff_sql(expected, actual, diff::ColumnOrder::Strict);
  REQUIRE(strict.size() == 1);
  CHECK(test::drift_item_line(strict[0]) == "changed table public.t column_order");
  CHECK(strict[0].expected == "a, b, c");
  CHECK(strict[0].actual == "b, a, c");
}

TEST_CASE("parts of a missing table are covered by the table's item", "[diff]") {
  const auto items = diff_sql(
      "CREATE TABLE t (id int PRIMARY KEY, u text UNIQUE);\nCREATE INDEX ON t (u);\n", "");
  CHECK(lines(items) == std::vector<std::string>{"missing table public.t"});
}

TEST_CASE("texts only PostgreSQL's analysis could decide are uncompared, never drift", "[diff]") {
  // Which instant '2000-01-01' is depends on the time zone of the session that created the
  // CHECK, which a definition does not say.
  const auto items = diff_sql("CREATE TABLE t (a timestamptz CHECK (a > '2000-01-01'));\n",
                              "CREATE TABLE t (a timestamptz, CONSTRAINT t_a_check CHECK "
                              "((a > '2000-01-01 05:00:00+00'::timestamp with time zone)));\n");
  REQUIRE(items.size() == 1);
  CHECK(items[0].kind == DriftKind::Uncompared);
  CHECK_FALSE(diff::is_drift(items[0]));
  CHECK_FALSE(items[0].reason.empty());
  CHECK(items[0].expected_raw == "a > '2000-01-01'");
}

TEST_CASE("diffing is deterministic", "[diff]") {
  const std::string expected = "CREATE TABLE a (x int); CREATE TABLE b (y int); CREATE INDEX ON a (x);";
  const std::string actual = "CREATE TABLE b (y bigint); CREATE TABLE c (z int);";
  CHECK(diff_sql(expected, actual) == diff_sql(expected, actual));
}

TEST_CASE("a detached partition is attached again in place", "[diff]") {
  const auto items = diff_sql(
      "CREATE TABLE p (id int) PARTITION BY RANGE (id);\n"
      "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);\n",
      "CREATE TABLE p (id int) PARTITION BY RANGE (id);\nCREATE TABLE p1 (id int);\n");
  REQUIRE(items.size() == 1);
  CHECK(test::drift_item_line(items[0]) == "changed table public.p1 table_kind");
  CHECK(items[0].safety == SafetyClass::Alters);
  CHECK(items[0].fix_sql == std::vector<std::string>{
                                "ALTER TABLE public.p ATTACH PARTITION public.p1 FOR VALUES FROM (0) TO (10);"});
}
