#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "parse/comparator_cases.hpp"
#include "parse/parser_comparator.hpp"

// Each normalisation rule with the pairs of texts it must make equal, and the pairs that show
// where it stops: the definition side is what the user wrote (as libpg_query deparses it), the
// live side what pg_get_expr / pg_get_constraintdef / pg_get_viewdef printed with
// search_path = pg_catalog (texts taken from a PostgreSQL 15 server).

using driftgate::normalize::ExpressionKind;
using driftgate::normalize::Verdict;
using driftgate::parse::ComparatorSettings;
using driftgate::parse::ParserComparator;
using driftgate::test::check_cases;
using driftgate::test::ComparatorCase;

namespace {

constexpr auto kDefault = ExpressionKind::Default;
constexpr auto kCheck = ExpressionKind::Check;
constexpr auto kView = ExpressionKind::ViewQuery;
constexpr auto kEqual = Verdict::Equal;
constexpr auto kDifferent = Verdict::Different;
constexpr auto kUncompared = Verdict::Uncompared;

/// The comparator of a definition with the default search path and one enum, public.status.
ParserComparator comparator_with_enum() {
  ComparatorSettings settings;
  settings.enum_types.push_back({"public", "status"});
  return ParserComparator(settings);
}

}  // namespace

TEST_CASE("casts PostgreSQL adds to a column default's constant", "[normalize]") {
  check_cases(comparator_with_enum(), {
      // a cast of an array of constants is pushed into the elements
      {kDefault, "public.status[]", "ARRAY['a', 'b']::status[]", "ARRAY['a'::public.status, 'b'::public.status]", kEqual},
      {kDefault, "text[]", "ARRAY['x', 'y']::text[]", "ARRAY['x'::text, 'y'::text]", kEqual},
      {kDefault, "text[]", "ARRAY['x', 'y']::text[]", "ARRAY['x'::text, 'z'::text]", kDifferent},
      {kDefault, "character varying(10)", "'a'", "'a'::character varying", kEqual},
      {kDefault, "character varying(10)", "'a'::varchar(10)", "'a'::character varying", kEqual},
      {kDefault, "character varying(10)", "'a'", "'b'::character varying", kDifferent},
      {kDefault, "jsonb", "'{}'", "'{}'::jsonb", kEqual},
      {kDefault, "jsonb", "'{}'::jsonb", "'{}'::jsonb", kEqual},
      {kDefault, "interval", "'1 day'", "'1 day'::interval", kEqual},
      {kDefault, "public.status", "'a'", "'a'::public.status", kEqual},
      {kDefault, "public.status", "'a'::status", "'a'::public.status", kEqual},
      {kDefault, "public.status", "'a'", "'b'::public.status", kDifferent},
      {kDefault, "text", "'x'", "'x'::text", kEqual},
      {kDefault, "text", "1", "'1'::text", kEqual},
      {kDefault, "character(3)", "'ab'", "'ab'::bpchar", kEqual},
      {kDefault, "integer[]", "'{}'", "'{}'::integer[]", kEqual},
      {kDefault, "text[]", "ARRAY['a', 'b']", "ARRAY['a'::text, 'b'::text]", kEqual},
      {kDefault, "text[]", "ARRAY['a', 'b']", "ARRAY['a'::text, 'c'::text]", kDifferent},
      {kDefault, "uuid", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
       "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid", kEqual},
  });
}

TEST_CASE("a constant PostgreSQL reprints in its type's output format is uncompared", "[normalize]") {
  // PostgreSQL stores the value, not the text: '24 hours' comes back as '24:00:00', a date as a
  // full timestamp. Whether they are the same value is PostgreSQL's to say.
  check_cases(comparator_with_enum(), {
      {kDefault, "interval", "'24 hours'", "'24:00:00'::interval", kUncompared},
      {kDefault, "timestamp with time zone", "'2020-01-01'",
       "'2020-01-01 00:00:00+00'::timestamp with time zone", kUncompared},
      {kDefault, "jsonb", "'{\"a\":1}'", "'{\"a\": 1}'::jsonb", kUncompared},
      {kCheck, "", "ts > '2020-01-01'", "(ts > '2020-01-01 00:00:00+00'::timestamp with time zone)", kUncompared},
  });
  SECTION("an enum's labels print as written, but only a comparator that knows the enum can say so") {
    check_cases(ParserComparator(), {
        {kDefault, "public.status", "'a'", "'a'::public.status", kEqual},
        {kDefault, "public.status", "'a'", "'b'::public.status", kUncompared},
    });
  }
}

TEST_CASE("numbers and booleans as PostgreSQL prints them", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kDefault, "bit varying", "B'1'", "'1'::\"bit\"", kEqual},
      {kDefault, "bit varying(8)", "X'0F'", "'00001111'::\"bit\"", kEqual},
      {kDefault, "bit varying(8)", "X'0F'", "'00001110'::\"bit\"", kDifferent},
      {kDefault, "integer", "-1", "'-1'::integer", kEqual},
      {kDefault, "integer", "'7'", "7", kEqual},
      {kDefault, "integer", "-1", "'-2'::integer", kDifferent},
      {kDefault, "bigint", "-1", "'-1'::integer", kEqual},
      {kDefault, "bigint", "3000000000", "'3000000000'::bigint", kEqual},
      {kDefault, "smallint", "2", "2", kEqual},
      {kDefault, "numeric", "-1.5", "'-1.5'::numeric", kEqual},
      {kDefault, "numeric", "1e5", "'100000'::numeric", kEqual},
      {kDefault, "numeric", "0", "0", kEqual},
      {kDefault, "numeric", "1.50", "1.50", kEqual},
      {kDefault, "numeric", "1.50", "1.60", kDifferent},
      // numeric keeps the scale written, but loosely both are the value 1.5
      {kDefault, "numeric", "1.50", "1.5", kUncompared},
      {kDefault, "double precision", "-2.5", "'-2.5'::numeric", kEqual},
      {kDefault, "double precision", "'1.0'", "'1'::double precision", kEqual},
      {kDefault, "boolean", "'t'", "true", kEqual},
      {kDefault, "boolean", "'off'", "false", kEqual},
      {kDefault, "boolean", "true", "false", kDifferent},
      {kCheck, "", "n = -1", "(n = '-1'::integer)", kEqual},
      {kCheck, "", "b > 3000000000", "(b > '3000000000'::bigint)", kEqual},
      {kCheck, "", "price = 1.5", "(price = 1.5)", kEqual},
      {kCheck, "", "price = 1e5", "(price = '100000'::numeric)", kEqual},
      {kCheck, "", "flag = 'yes'::boolean", "(flag = true)", kEqual},
      // A literal keeps the type the parser gives it: '1'::bigint is not the integer 1.
      {kCheck, "", "b > 1", "(b > '1'::bigint)", kUncompared},
      // An integer compared with a numeric column gets a cast only analysis explains.
      {kCheck, "", "price > 0", "(price > (0)::numeric)", kUncompared},
      {kCheck, "", "price = -1", "(price = ('-1'::integer)::numeric)", kUncompared},
      {kCheck, "", "price > 1", "(price > (0)::numeric)", kDifferent},
      {kCheck, "", "n > 1", "(n > 2)", kDifferent},
      {kCheck, "", "x = '1.0'", "(x = '1'::double precision)", kUncompared},
  });
}

TEST_CASE("IN lists as PostgreSQL stores them", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kCheck, "", "n IN (1, 2)", "(n = ANY (ARRAY[1, 2]))", kEqual},
      {kCheck, "", "n NOT IN (1, 2)", "(n <> ALL (ARRAY[1, 2]))", kEqual},
      {kCheck, "", "n IN (1)", "(n = 1)", kEqual},
      {kCheck, "", "n NOT IN (1)", "(n <> 1)", kEqual},
      {kCheck, "", "n IN (1, n + 1, 2)", "((n = ANY (ARRAY[1, 2])) OR (n = (n + 1)))", kEqual},
      {kCheck, "", "n NOT IN (1, m, 2)", "((n <> ALL (ARRAY[1, 2])) AND (n <> m))", kEqual},
      {kCheck, "", "n IN (1, 2)", "(n = ANY (ARRAY[1, 3]))", kDifferent},
      {kCheck, "", "n IN (1, 2)", "(n <> ALL (ARRAY[1, 2]))", kDifferent},
      {kCheck, "", "t IN ('a', 'b')", "(t = ANY (ARRAY['a'::text, 'b'::text]))", kUncompared},
      // an enum label is printed cast to the enum its context resolved it to; the label decides
      {kCheck, "", "s IN ('a', 'b')", "(s = ANY (ARRAY['a'::public.status, 'b'::public.status]))", kEqual},
      {kCheck, "", "s IN ('a'::status, 'b')", "(s = ANY (ARRAY['a'::public.status, 'b'::public.status]))", kEqual},
      {kCheck, "", "s IN ('a', 'b')", "(s = ANY (ARRAY['a'::public.status, 'c'::public.status]))", kDifferent},
      {kCheck, "", "s <> 'a'", "(s <> 'a'::public.status)", kEqual},
      // varchar: PostgreSQL casts the column and the array to text
      {kCheck, "", "a IN ('a', 'b')",
       "((a)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))", kUncompared},
      {kCheck, "", "a IN ('a', 'b')",
       "((a)::text = ANY ((ARRAY['a'::character varying, 'c'::character varying])::text[]))", kDifferent},
  });
}

TEST_CASE("BETWEEN as the comparisons PostgreSQL expands it to", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kCheck, "", "n BETWEEN 1 AND 10", "((n >= 1) AND (n <= 10))", kEqual},
      {kCheck, "", "n NOT BETWEEN 1 AND 2", "((n < 1) OR (n > 2))", kEqual},
      {kCheck, "", "n BETWEEN SYMMETRIC 1 AND 10",
       "(((n >= 1) AND (n <= 10)) OR ((n >= 10) AND (n <= 1)))", kEqual},
      {kCheck, "", "n NOT BETWEEN SYMMETRIC 1 AND 2",
       "(((n < 1) OR (n > 2)) AND ((n < 2) OR (n > 1)))", kEqual},
      {kCheck, "", "n BETWEEN 1 AND 10", "((n >= 1) AND (n <= 11))", kDifferent},
  });
}

TEST_CASE("pattern operators as PostgreSQL prints them", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kCheck, "", "tx LIKE 'x%'", "(tx ~~ 'x%'::text)", kEqual},
      {kCheck, "", "tx ~~ 'x%'", "(tx ~~ 'x%'::text)", kEqual},
      {kCheck, "", "tx NOT LIKE 'x%'", "(tx !~~ 'x%'::text)", kEqual},
      {kCheck, "", "tx ILIKE 'x%'", "(tx ~~* 'x%'::text)", kEqual},
      {kCheck, "", "tx NOT ILIKE 'x%'", "(tx !~~* 'x%'::text)", kEqual},
      {kCheck, "", "tx SIMILAR TO 'x'", "(tx ~ similar_to_escape('x'::text))", kEqual},
      {kCheck, "", "tx LIKE 'a' ESCAPE '!'", "(tx ~~ like_escape('a'::text, '!'::text))", kEqual},
      {kCheck, "", "tx ~ '^a'", "(tx ~ '^a'::text)", kEqual},
      {kCheck, "", "tx LIKE 'x%'", "(tx ~~* 'x%'::text)", kDifferent},
      {kCheck, "", "tx LIKE 'x%'", "(tx ~~ 'y%'::text)", kDifferent},
  });
}

TEST_CASE("redundant parentheses and nested AND/OR", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kCheck, "", "((n > 0)) AND (n < 100 OR n > 200)", "((n > 0) AND ((n < 100) OR (n > 200)))", kEqual},
      {kCheck, "", "n > 0 AND (n < 1 AND n < 3)", "((n > 0) AND ((n < 1) AND (n < 3)))", kEqual},
      {kCheck, "", "(n > 0 AND n < 1) AND n < 3", "((n > 0) AND (n < 1) AND (n < 3))", kEqual},
      {kCheck, "", "n % 2 = 0", "((n % 2) = 0)", kEqual},
      {kCheck, "", "-n < 0", "((- n) < 0)", kEqual},
      {kCheck, "", "CASE WHEN n > 0 THEN true ELSE false END", "CASE WHEN (n > 0) THEN true ELSE false END", kEqual},
      {kCheck, "", "(n > 0 OR n < 1) AND n < 3", "((n > 0) OR ((n < 1) AND (n < 3)))", kDifferent},
      {kCheck, "", "n IS NOT DISTINCT FROM 1 OR n > 1", "((NOT (n IS DISTINCT FROM 1)) OR (n > 1))", kEqual},
      {kCheck, "", "n IS NOT DISTINCT FROM m", "(n IS DISTINCT FROM m)", kDifferent},
  });
}

TEST_CASE("qualification the search path resolves", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kDefault, "integer", "f(1)", "public.f(1)", kEqual},
      {kDefault, "integer", "public.f(1)", "public.f(1)", kEqual},
      {kDefault, "integer", "pg_catalog.abs(-1)", "abs('-1'::integer)", kEqual},
      {kCheck, "", "n OPERATOR(pg_catalog.+) 1 > 0", "((n + 1) > 0)", kEqual},
      {kCheck, "", "x::status IS NOT NULL", "((x)::public.status IS NOT NULL)", kEqual},
      // another schema is never dropped, and a builtin's name never loses its schema
      {kDefault, "integer", "app.f(1)", "public.f(1)", kUncompared},
      {kDefault, "integer", "app.f(1)", "app.f(1)", kEqual},
      {kCheck, "", "public.lower(t) = t", "(lower(t) = t)", kUncompared},
      {kDefault, "integer", "f(1)", "public.g(1)", kDifferent},
  });
  SECTION("another first schema on the search path") {
    ComparatorSettings settings;
    settings.search_path = {"$user", "app", "public"};
    check_cases(ParserComparator(settings), {
        {kDefault, "integer", "f(1)", "app.f(1)", kEqual},
        {kDefault, "integer", "f(1)", "public.f(1)", kUncompared},
        {kDefault, "integer", "nextval('s')", "nextval('app.s'::regclass)", kEqual},
    });
  }
}

TEST_CASE("sequence references in nextval", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kDefault, "integer", "nextval('public.t_id_seq'::regclass)", "nextval('public.t_id_seq'::regclass)", kEqual},
      {kDefault, "integer", "nextval('seq')", "nextval('public.seq'::regclass)", kEqual},
      {kDefault, "integer", "nextval('seq'::regclass)", "nextval('public.seq'::regclass)", kEqual},
      {kDefault, "integer", "nextval('public.seq')", "nextval('public.seq'::regclass)", kEqual},
      {kDefault, "integer", "nextval('Seq')", "nextval('public.seq'::regclass)", kEqual},
      {kDefault, "integer", "nextval('\"Seq\"')", "nextval('public.\"Seq\"'::regclass)", kEqual},
      {kDefault, "integer", "nextval('app.seq')", "nextval('app.seq'::regclass)", kEqual},
      {kDefault, "integer", "nextval('app.seq')", "nextval('public.seq'::regclass)", kDifferent},
      {kDefault, "integer", "nextval('seq')", "nextval('public.other_seq'::regclass)", kDifferent},
      // a text argument is looked up at every call, not when the default is created
      {kDefault, "integer", "nextval('seq'::text)", "nextval('public.seq'::regclass)", kUncompared},
  });
}

TEST_CASE("functions PostgreSQL prints differently are different texts", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kDefault, "timestamp with time zone", "now()", "now()", kEqual},
      {kDefault, "timestamp with time zone", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", kEqual},
      {kDefault, "timestamp with time zone", "now()", "CURRENT_TIMESTAMP", kDifferent},
      {kDefault, "date", "CURRENT_DATE", "CURRENT_DATE", kEqual},
      {kDefault, "timestamp without time zone", "now() AT TIME ZONE 'utc'", "(now() AT TIME ZONE 'utc'::text)", kEqual},
      {kDefault, "text", "lower('X')", "lower('X'::text)", kUncompared},
  });
}

TEST_CASE("type names in casts", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kCheck, "", "n::int4 > 0", "((n)::integer > 0)", kEqual},
      {kCheck, "", "n::int > 0", "((n)::integer > 0)", kEqual},
      {kCheck, "", "x::_int4 IS NOT NULL", "((x)::integer[] IS NOT NULL)", kEqual},
      {kCheck, "", "x::timestamptz > now()", "((x)::timestamp with time zone > now())", kEqual},
      {kCheck, "", "x::float8 > 0", "((x)::double precision > (0)::double precision)", kUncompared},
      {kCheck, "", "x::bool", "(x)::boolean", kEqual},
      {kCheck, "", "x::decimal(10,2) > 1.5", "((x)::numeric(10,2) > 1.5)", kEqual},
      {kCheck, "", "x::varchar(3) = x", "((x)::character varying(3) = x)", kEqual},
      {kCheck, "", "x::int8 > 0", "((x)::integer > 0)", kUncompared},
  });
}

TEST_CASE("view text already in PostgreSQL's printed form is equal", "[normalize]") {
  const std::string printed =
      " SELECT t.id,\n    t.a\n   FROM public.t\n  WHERE ((t.n = ANY (ARRAY[1, 2])) AND (t.tx ~~ 'a%'::text));";
  check_cases(comparator_with_enum(), {
      {kView, "", printed, printed, kEqual},
      {kView, "", "SELECT t.id, t.a FROM public.t WHERE ((t.n = ANY (ARRAY[1, 2])) AND (t.tx ~~ 'a%'::text))", printed, kEqual},
      {kView, "", "SELECT id, a FROM t WHERE n IN (1, 2) AND tx LIKE 'a%'", printed, kEqual},
      {kView, "", "SELECT id AS x, a AS y FROM t", " SELECT t.id AS x,\n    t.a AS y\n   FROM public.t;", kEqual},
      {kView, "", "SELECT id, lower(tx) FROM t", " SELECT t.id,\n    lower(t.tx) AS lower\n   FROM public.t;", kEqual},
      {kView, "", "SELECT x.id FROM t x", " SELECT x.id\n   FROM public.t x;", kEqual},
      {kView, "", "SELECT id FROM t ORDER BY id ASC NULLS LAST", " SELECT t.id\n   FROM public.t\n  ORDER BY t.id;", kEqual},
      {kView, "", "SELECT id, count(*) AS c FROM t GROUP BY 1 ORDER BY c",
       " SELECT t.id,\n    count(*) AS c\n   FROM public.t\n  GROUP BY t.id\n  ORDER BY (count(*));", kEqual},
      {kView, "", "WITH x AS (SELECT 1 AS a) SELECT a FROM x",
       " WITH x AS (\n         SELECT 1 AS a\n        )\n SELECT x.a\n   FROM x;", kEqual},
      {kView, "", "SELECT id FROM t WHERE EXISTS (SELECT 1 FROM c2 WHERE c2.n = t.id) UNION ALL SELECT 1",
       " SELECT t.id\n   FROM public.t\n  WHERE (EXISTS ( SELECT 1\n           FROM public.c2\n          WHERE (c2.n = t.id)))\n"
       "UNION ALL\n SELECT 1 AS id;", kEqual},
      {kView, "",
       "SELECT t.id, c2.n, lower(t.tx) AS lt, count(*) AS cnt FROM t JOIN c2 ON c2.n = t.id LEFT JOIN d ON true "
       "WHERE t.id > 0 GROUP BY t.id, c2.n, t.tx HAVING count(*) > 1 ORDER BY 1 DESC LIMIT 5",
       " SELECT t.id,\n    c2.n,\n    lower(t.tx) AS lt,\n    count(*) AS cnt\n   FROM ((public.t\n     JOIN public.c2 ON "
       "((c2.n = t.id)))\n     LEFT JOIN public.d ON (true))\n  WHERE (t.id > 0)\n  GROUP BY t.id, c2.n, t.tx\n HAVING "
       "(count(*) > 1)\n  ORDER BY t.id DESC\n LIMIT 5;", kEqual},
  });
}

TEST_CASE("hand-written views PostgreSQL had to analyse are uncompared, changed ones different", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kView, "", "SELECT * FROM t", " SELECT t.id,\n    t.a\n   FROM public.t;", kUncompared},
      {kView, "", "SELECT id, n FROM t JOIN c2 ON n = id", " SELECT t.id,\n    c2.n\n   FROM (public.t\n     JOIN public.c2 ON ((c2.n = t.id)));", kUncompared},
      {kView, "", "SELECT id, lower(a) FROM t", " SELECT t.id,\n    lower((t.a)::text) AS lower\n   FROM public.t;", kUncompared},
      // PostgreSQL invents an alias for a second reference to the same table
      {kView, "", "SELECT id FROM items WHERE price > (SELECT avg(price) FROM items)",
       " SELECT items.id\n   FROM public.items\n  WHERE (items.price > ( SELECT avg(items_1.price) AS avg\n"
       "           FROM public.items items_1));", kUncompared},
      {kView, "", "SELECT id FROM t", " SELECT t.n\n   FROM public.t;", kDifferent},
      {kView, "", "SELECT id FROM t WHERE n > 1", " SELECT t.id\n   FROM public.t\n  WHERE (t.n > 2);", kDifferent},
      {kView, "", "SELECT id AS x FROM t", " SELECT t.id AS y\n   FROM public.t;", kDifferent},
  });
}

TEST_CASE("partition keys and bounds", "[normalize]") {
  constexpr auto kKey = ExpressionKind::PartitionKey;
  constexpr auto kBound = ExpressionKind::PartitionBound;
  check_cases(comparator_with_enum(), {
      {kKey, "", "RANGE (ts)", "RANGE (ts)", kEqual},
      {kKey, "", "LIST (lower(region))", "LIST (lower(region))", kEqual},
      {kKey, "", "RANGE (a text_pattern_ops)", "RANGE (a text_pattern_ops)", kEqual},
      {kKey, "", "RANGE (a)", "RANGE (b)", kDifferent},
      {kKey, "", "RANGE (a)", "LIST (a)", kDifferent},
      {kBound, "", "FOR VALUES IN ('eu', 'us')", "FOR VALUES IN ('eu', 'us')", kEqual},
      {kBound, "", "FOR VALUES FROM (1) TO (10)", "FOR VALUES FROM (1) TO (10)", kEqual},
      {kBound, "", "FOR VALUES FROM (MINVALUE) TO (10)", "FOR VALUES FROM (MINVALUE) TO (10)", kEqual},
      {kBound, "", "FOR VALUES WITH (modulus 2, remainder 0)", "FOR VALUES WITH (modulus 2, remainder 0)", kEqual},
      {kBound, "", "DEFAULT", "DEFAULT", kEqual},
      {kBound, "", "FOR VALUES FROM (1) TO (10)", "FOR VALUES FROM (1) TO (20)", kDifferent},
      {kBound, "", "FOR VALUES WITH (modulus 2, remainder 0)", "FOR VALUES WITH (modulus 2, remainder 1)", kDifferent},
      {kBound, "", "DEFAULT", "FOR VALUES IN ('eu')", kDifferent},
      // values print in the key type's output format; only PostgreSQL knows the key's type
      {kBound, "", "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')",
       "FOR VALUES FROM ('2020-01-01 00:00:00+00') TO ('2021-01-01 00:00:00+00')", kUncompared},
      // with the key column's type known, values in its printed form compare exactly
      {kBound, "date", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
       "FOR VALUES FROM ('2025-01-01') TO ('2025-07-01')", kDifferent},
      {kBound, "date", "FOR VALUES FROM ('2025-1-1') TO ('2026-01-01')",
       "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", kUncompared},
      {kBound, "text", "FOR VALUES IN ('de', 'fr')", "FOR VALUES IN ('de', 'it')", kDifferent},
      // PostgreSQL quotes negative numbers in bounds
      {kBound, "integer", "FOR VALUES IN (-1, -2)", "FOR VALUES IN ('-1', '-2')", kEqual},
      {kBound, "bigint", "FOR VALUES FROM (-100) TO (0)", "FOR VALUES FROM ('-100') TO ('0')", kEqual},
      {kBound, "integer", "FOR VALUES IN (-1, -2)", "FOR VALUES IN ('-1', '-3')", kDifferent},
      {kBound, "timestamp with time zone", "FOR VALUES FROM ('2020-01-01 00:00:00+00') TO (MAXVALUE)",
       "FOR VALUES FROM ('2020-02-01 00:00:00+00') TO (MAXVALUE)", kDifferent},
  });
}

TEST_CASE("literals cast to a type compare exactly in PostgreSQL's printed form", "[normalize]") {
  check_cases(comparator_with_enum(), {
      {kDefault, "jsonb", "'{}'::jsonb", "'{\"theme\": \"dark\"}'::jsonb", kDifferent},
      {kDefault, "text[]", "'{}'", "'{x}'::text[]", kDifferent},
      {kDefault, "text[]", "'{a,b}'", "'{a,b}'::text[]", kEqual},
      {kDefault, "text[]", "'{ a , b }'", "'{a,c}'::text[]", kUncompared},
      {kDefault, "inet", "'10.0.0.1'", "'10.0.0.2'::inet", kDifferent},
      {kDefault, "inet", "'10.0.0.1/32'", "'10.0.0.1'::inet", kUncompared},
      {kDefault, "interval", "'1 day'", "'2 days'::interval", kDifferent},
      {kDefault, "interval", "'1 day 02:00:00'", "'1 day 03:00:00'::interval", kDifferent},
      {kDefault, "interval", "'24 hours'", "'24:00:00'::interval", kUncompared},
      {kDefault, "interval", "'2 hours'", "'03:00:00'::interval", kUncompared},
      {kDefault, "jsonb", "'{\"b\":2,\"a\":1}'", "'{\"a\": 1, \"b\": 2}'::jsonb", kUncompared},
      {kDefault, "jsonb", "'{\"a\":1}'", "'{\"a\": 2}'::jsonb", kDifferent},
      {kCheck, "", "day >= '2020-01-01'", "(day >= '2020-01-01'::date)", kUncompared},
      {kCheck, "", "day >= '2020-01-01'", "(day >= '2021-06-01'::date)", kDifferent},
      // another spelling of a date may be the same value: only analysis can tell
      {kCheck, "", "day >= '2020-1-1'", "(day >= '2021-06-01'::date)", kUncompared},
      {kCheck, "", "id <> '0b5b6ff6-1d55-4b1a-8a3c-2c9a1b1e2f00'",
       "(id <> '0b5b6ff6-1d55-4b1a-8a3c-2c9a1b1e2f01'::uuid)", kDifferent},
      {kCheck, "", "at < '2030-01-01 00:00:00'", "(at < '2030-01-01 00:00:00'::timestamp without time zone)", kUncompared},
      {kCheck, "", "at < '2030-01-01 00:00:00'", "(at < '2031-01-01 00:00:00'::timestamp without time zone)", kDifferent},
  });
}

TEST_CASE("unreadable text is uncompared with a warning, never equal and never a crash", "[normalize]") {
  const ParserComparator comparator;
  driftgate::normalize::ExpressionContext context;
  context.kind = kCheck;
  for (const auto& [expected, actual] : std::vector<std::pair<std::string, std::string>>{
           {"n > 0", "n > > 0"},
           {")))", "(n > 0)"},
           {"n > 0", "1; DROP TABLE t"},
           {"n > 0", "n > 0 FROM t"},
           {"n > 0", ""},
           {"n > 0", "XMLTABLE(('/a') PASSING x COLUMNS a int)"}}) {
    DYNAMIC_SECTION(expected << "  vs  " << actual) {
      const auto result = comparator.compare(expected, actual, context);
      CHECK(result.verdict == kUncompared);
      CHECK(result.reason.rfind("warning: ", 0) == 0);
    }
  }
  SECTION("a view text that is not a query") {
    context.kind = kView;
    const auto result = comparator.compare("SELECT 1", "DELETE FROM t", context);
    CHECK(result.verdict == kUncompared);
    CHECK(result.reason.rfind("warning: ", 0) == 0);
  }
  SECTION("identical texts are equal without being read") {
    const auto result = comparator.compare("some exotic text", "some exotic text", context);
    CHECK(result.verdict == Verdict::Equal);
  }
}

TEST_CASE("the comparator's settings come from both catalogs", "[normalize]") {
  driftgate::model::Catalog expected;
  driftgate::model::Catalog actual;
  expected.enums[{"public", "status"}].name = {"public", "status"};
  actual.enums[{"app", "mood"}].name = {"app", "mood"};
  const ComparatorSettings settings = driftgate::parse::comparator_settings(expected, actual);
  REQUIRE(settings.enum_types.size() == 2);
  CHECK(settings.search_path == std::vector<std::string>{"public"});
  const ParserComparator comparator(settings);
  check_cases(comparator, {
      {kDefault, "app.mood", "'happy'", "'sad'::app.mood", kDifferent},
      {kDefault, "app.mood", "'happy'::app.mood", "'happy'::app.mood", kEqual},
      {kDefault, "public.status", "'a'", "'b'::public.status", kDifferent},
  });
}

TEST_CASE("a literal next to a numeric, double precision or text column takes the column's type, where both sides agree on it", "[normalize]") {
  driftgate::model::Catalog expected;
  driftgate::model::Catalog actual;
  for (auto* catalog : {&expected, &actual}) {
    auto& prices = catalog->tables[{"public", "prices"}];
    prices.name = {"public", "prices"};
    prices.columns.push_back({});
    prices.columns.back().name = "amount";
    prices.columns.back().type = "numeric(12,2)";
    prices.columns.push_back({});
    prices.columns.back().name = "label";
    prices.columns.back().type = "text";
    auto& counts = catalog->tables[{"public", "counts"}];
    counts.name = {"public", "counts"};
    counts.columns.push_back({});
    counts.columns.back().name = "amount";
  }
  expected.tables[{"public", "counts"}].columns.back().type = "numeric";
  actual.tables[{"public", "counts"}].columns.back().type = "integer";  // the sides disagree
  const ParserComparator comparator(driftgate::parse::comparator_settings(expected, actual));
  driftgate::normalize::ExpressionContext prices;
  prices.kind = ExpressionKind::Check;
  prices.table = {"public", "prices"};
  driftgate::normalize::ExpressionContext counts = prices;
  counts.table = {"public", "counts"};

  CHECK(comparator.compare("amount >= 0", "(amount >= (0)::numeric)", prices).verdict == Verdict::Equal);
  CHECK(comparator.compare("amount >= 1", "(amount >= (0)::numeric)", prices).verdict == Verdict::Different);
  CHECK(comparator.compare("0 < amount", "((0)::numeric < amount)", prices).verdict == Verdict::Equal);
  CHECK(comparator.compare("label IN ('a', 'b')", "(label = ANY (ARRAY['a'::text, 'b'::text]))", prices).verdict ==
        Verdict::Equal);
  CHECK(comparator.compare("label <> ''", "(label <> ''::text)", prices).verdict == Verdict::Equal);
  // A negative number PostgreSQL prints quoted: left to the shadow, never guessed.
  CHECK(comparator.compare("amount >= -1", "(amount >= '-1'::numeric)", prices).verdict == Verdict::Uncompared);
  // The same texts on a table whose column type the sides disagree on: not decided offline,
  // also after the first table's decision was remembered.
  CHECK(comparator.compare("amount >= 0", "(amount >= (0)::numeric)", counts).verdict == Verdict::Uncompared);
  CHECK(comparator.compare("amount >= 0", "(amount >= (0)::numeric)", prices).verdict == Verdict::Equal);
}

TEST_CASE("an ISO date or time literal next to a date or timestamp column is the value PostgreSQL printed", "[normalize]") {
  driftgate::model::Catalog catalog;
  auto& events = catalog.tables[{"public", "events"}];
  events.name = {"public", "events"};
  for (const auto& [name, type] : std::vector<std::pair<std::string, std::string>>{
           {"d", "date"}, {"ts", "timestamp without time zone"}, {"tstz", "timestamp with time zone"},
           {"tstz3", "timestamp(3) with time zone"}}) {
    events.columns.push_back({});
    events.columns.back().name = name;
    events.columns.back().type = type;
  }
  driftgate::normalize::ExpressionContext check;
  check.kind = ExpressionKind::Check;
  check.table = {"public", "events"};

  ComparatorSettings utc = driftgate::parse::comparator_settings(catalog, catalog);
  utc.target_timezone = "Etc/UTC";
  const ParserComparator in_utc(utc);
  CHECK(in_utc.compare("d > '2020-01-01'", "(d > '2020-01-01'::date)", check).verdict == Verdict::Equal);
  CHECK(in_utc.compare("d > '2020-01-02'", "(d > '2020-01-01'::date)", check).verdict == Verdict::Different);
  CHECK(in_utc.compare("ts >= '2020-01-01 10:30'", "(ts >= '2020-01-01 10:30:00'::timestamp without time zone)", check)
            .verdict == Verdict::Equal);
  CHECK(in_utc.compare("tstz > '2000-01-01'", "(tstz > '2000-01-01 00:00:00+00'::timestamp with time zone)", check)
            .verdict == Verdict::Equal);
  CHECK(in_utc.compare("tstz3 > '2000-01-01 12:00:00'", "(tstz3 > '2000-01-01 12:00:00+00'::timestamp with time zone)", check)
            .verdict == Verdict::Equal);
  CHECK(in_utc.compare("tstz > '2000-01-02'", "(tstz > '2000-01-01 00:00:00+00'::timestamp with time zone)", check)
            .verdict == Verdict::Different);
  // Other spellings depend on DateStyle or carry a fraction or a zone: left to the shadow.
  CHECK(in_utc.compare("d > '01/02/2020'", "(d > '2020-01-02'::date)", check).verdict == Verdict::Uncompared);
  CHECK(in_utc.compare("tstz > '2000-01-01 00:00:00+02'", "(tstz > '1999-12-31 22:00:00+00'::timestamp with time zone)", check)
            .verdict == Verdict::Uncompared);

  // In another time zone the instant depends on it: the shadow decides.
  ComparatorSettings new_york = driftgate::parse::comparator_settings(catalog, catalog);
  new_york.target_timezone = "America/New_York";
  const ParserComparator elsewhere(new_york);
  CHECK(elsewhere.compare("tstz > '2000-01-01'", "(tstz > '2000-01-01 05:00:00+00'::timestamp with time zone)", check)
            .verdict == Verdict::Uncompared);
  CHECK(elsewhere.compare("d > '2020-01-01'", "(d > '2020-01-01'::date)", check).verdict == Verdict::Equal);
}
