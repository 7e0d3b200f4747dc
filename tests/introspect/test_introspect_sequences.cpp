// Sequences: serial-owned ones with OWNED BY, standalone ones with every option.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"

using namespace driftgate;
using namespace driftgate::test;

TEST_CASE("serial columns own a sequence and default to its nextval", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SCHEMA app;
    CREATE TABLE app.s (id serial PRIMARY KEY, big bigserial);
  )sql");
  auto catalog = introspect_db(db);
  const auto& t = table_in(catalog, "app", "s");
  CHECK(column_in(t, "id").type == "integer");
  CHECK(column_in(t, "id").default_expr == "nextval('app.s_id_seq'::regclass)");
  CHECK(column_in(t, "big").default_expr == "nextval('app.s_big_seq'::regclass)");
  CHECK(column_in(t, "id").identity == model::IdentityKind::None);

  REQUIRE(catalog.sequences.count({"app", "s_id_seq"}) == 1);
  const auto& seq = catalog.sequences.at({"app", "s_id_seq"});
  CHECK(seq.options.data_type == "integer");
  CHECK(seq.options.start == 1);
  CHECK(seq.options.increment == 1);
  CHECK(seq.options.min_value == 1);
  CHECK(seq.options.max_value == 2147483647);
  CHECK(seq.options.cache == 1);
  CHECK_FALSE(seq.options.cycle);
  REQUIRE(seq.owned_by);
  CHECK(seq.owned_by->table == model::QualifiedName{"app", "s"});
  CHECK(seq.owned_by->column == "id");
  CHECK(catalog.sequences.at({"app", "s_big_seq"}).options.data_type == "bigint");
  CHECK(catalog.sequences.at({"app", "s_big_seq"}).options.max_value == INT64_MAX);
}

TEST_CASE("a standalone sequence keeps every option and its comment", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SEQUENCE public.counter AS smallint INCREMENT BY -2 START WITH -10
      MINVALUE -100 MAXVALUE -1 CACHE 3 CYCLE;
    COMMENT ON SEQUENCE public.counter IS 'counts down';
  )sql");
  auto catalog = introspect_db(db);
  REQUIRE(catalog.sequences.size() == 1);
  const auto& seq = catalog.sequences.at({"public", "counter"});
  CHECK(seq.options.data_type == "smallint");
  CHECK(seq.options.increment == -2);
  CHECK(seq.options.start == -10);
  CHECK(seq.options.min_value == -100);
  CHECK(seq.options.max_value == -1);
  CHECK(seq.options.cache == 3);
  CHECK(seq.options.cycle);
  CHECK_FALSE(seq.owned_by);
  CHECK(seq.comment == "counts down");
}
