// Standalone indexes: key order options, expressions, opclasses, collations, INCLUDE, partial,
// NULLS NOT DISTINCT, methods, comments.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"

using namespace driftgate;
using namespace driftgate::test;

TEST_CASE("index keys and options", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SCHEMA app;
    CREATE TABLE app.people (
      id int PRIMARY KEY, email text UNIQUE, name text COLLATE "C", nick varchar(20),
      tags text[], score int, doc jsonb);
    CREATE INDEX people_score_desc ON app.people (score DESC NULLS FIRST, id);
    CREATE INDEX people_score_desc_last ON app.people (score DESC NULLS LAST);
    CREATE INDEX people_score_asc_first ON app.people (score NULLS FIRST);
    CREATE INDEX people_lower_email ON app.people (lower(email));
    CREATE INDEX people_sum ON app.people ((id + score));
    CREATE INDEX people_nick_pattern ON app.people (nick varchar_pattern_ops);
    CREATE INDEX people_email_c ON app.people (email COLLATE "C");
    CREATE INDEX people_name_c ON app.people (name COLLATE "C");
    CREATE INDEX people_lower_name ON app.people (lower(name));
    CREATE INDEX people_lower_email_posix ON app.people (lower(email) COLLATE "POSIX" DESC);
    CREATE UNIQUE INDEX people_email_incl ON app.people (email) INCLUDE (name, score)
      WHERE score > 0;
    CREATE UNIQUE INDEX people_nick_nnd ON app.people (nick) NULLS NOT DISTINCT;
    CREATE INDEX people_tags_gin ON app.people USING gin (tags);
    CREATE INDEX people_doc_path ON app.people USING gin (doc jsonb_path_ops);
    CREATE INDEX "People Mixed" ON app.people (score);
    COMMENT ON INDEX app.people_sum IS 'sum of two';
  )sql");
  auto catalog = introspect_db(db);
  // the PK and UNIQUE constraints' indexes are not standalone indexes
  CHECK(catalog.indexes.count({"app", "people_pkey"}) == 0);
  CHECK(catalog.indexes.count({"app", "people_email_key"}) == 0);
  CHECK(catalog.indexes.size() == 15);

  const auto& desc = index_in(catalog, "app", "people_score_desc");
  CHECK(desc.table == model::QualifiedName{"app", "people"});
  CHECK(desc.method == "btree");
  CHECK_FALSE(desc.unique);
  REQUIRE(desc.keys.size() == 2);
  CHECK(desc.keys[0].element == "score");
  CHECK(desc.keys[0].descending);
  CHECK(desc.keys[0].nulls_first);
  CHECK(desc.keys[1].element == "id");
  CHECK_FALSE(desc.keys[1].descending);
  CHECK_FALSE(desc.keys[1].nulls_first);
  CHECK_FALSE(desc.predicate);

  const auto& desc_last = index_in(catalog, "app", "people_score_desc_last").keys.at(0);
  CHECK(desc_last.descending);
  CHECK_FALSE(desc_last.nulls_first);
  const auto& asc_first = index_in(catalog, "app", "people_score_asc_first").keys.at(0);
  CHECK_FALSE(asc_first.descending);
  CHECK(asc_first.nulls_first);

  const auto& lower = index_in(catalog, "app", "people_lower_email").keys.at(0);
  CHECK(lower.is_expression);
  CHECK(lower.element == "lower(email)");
  CHECK_FALSE(lower.collation);
  CHECK_FALSE(lower.opclass);

  const auto& sum = index_in(catalog, "app", "people_sum");
  CHECK(sum.keys.at(0).is_expression);
  CHECK(sum.keys.at(0).element == "(id + score)");
  CHECK(sum.comment == "sum of two");

  CHECK(index_in(catalog, "app", "people_nick_pattern").keys.at(0).opclass ==
        "varchar_pattern_ops");
  CHECK(index_in(catalog, "app", "people_email_c").keys.at(0).collation == "\"C\"");
  CHECK_FALSE(index_in(catalog, "app", "people_name_c").keys.at(0).collation);
  CHECK_FALSE(index_in(catalog, "app", "people_lower_name").keys.at(0).collation);
  const auto& posix = index_in(catalog, "app", "people_lower_email_posix").keys.at(0);
  CHECK(posix.element == "lower(email)");
  CHECK(posix.collation == "\"POSIX\"");
  CHECK(posix.descending);

  const auto& incl = index_in(catalog, "app", "people_email_incl");
  CHECK(incl.unique);
  CHECK(incl.keys.size() == 1);
  CHECK(incl.include == std::vector<std::string>{"name", "score"});
  CHECK(incl.predicate == "(score > 0)");
  CHECK_FALSE(incl.nulls_not_distinct);

  const auto& nnd = index_in(catalog, "app", "people_nick_nnd");
  CHECK(nnd.unique);
  CHECK(nnd.nulls_not_distinct);

  const auto& gin = index_in(catalog, "app", "people_tags_gin");
  CHECK(gin.method == "gin");
  CHECK_FALSE(gin.keys.at(0).opclass);  // array_ops is gin's default
  CHECK_FALSE(gin.keys.at(0).descending);
  CHECK_FALSE(gin.keys.at(0).nulls_first);
  CHECK(index_in(catalog, "app", "people_doc_path").keys.at(0).opclass == "jsonb_path_ops");

  CHECK(index_in(catalog, "app", "People Mixed").keys.at(0).element == "score");
}

TEST_CASE("indexes on materialized views are listed", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE MATERIALIZED VIEW public.numbers AS SELECT g AS n FROM generate_series(1, 3) g;
    CREATE UNIQUE INDEX numbers_n ON public.numbers (n);
  )sql");
  auto catalog = introspect_db(db);
  const auto& index = index_in(catalog, "public", "numbers_n");
  CHECK(index.table == model::QualifiedName{"public", "numbers"});
  CHECK(index.unique);
}
