#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "parse/load_sql.hpp"

using namespace driftgate;
using test::load_error;
using test::load_sql;

TEST_CASE("a partition gets its parent's columns as PostgreSQL copies them", "[parse]") {
  const auto result = load_sql(
      "CREATE TABLE m (id bigserial, created date NOT NULL DEFAULT current_date,\n"
      "  region text COLLATE \"C\", v int, doubled int GENERATED ALWAYS AS (v * 2) STORED,\n"
      "  n int GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (id, created), CHECK (v > 0))\n"
      "  PARTITION BY RANGE (created);\n"
      "COMMENT ON COLUMN m.v IS 'value';\n"
      "CREATE TABLE m_2020 PARTITION OF m (v NOT NULL DEFAULT 1, CONSTRAINT own CHECK (v < 10))\n"
      "  FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');\n");
  const model::Table& parent = result.catalog.tables.at({"public", "m"});
  const model::Table& partition = result.catalog.tables.at({"public", "m_2020"});
  CHECK(parent.kind == model::TableKind::Partitioned);
  CHECK(partition.kind == model::TableKind::Partition);
  CHECK(partition.partition_of == parent.name);
  REQUIRE(partition.columns.size() == parent.columns.size());
  for (std::size_t i = 0; i < parent.columns.size(); ++i) {
    CHECK(partition.columns[i].name == parent.columns[i].name);
    CHECK(partition.columns[i].type == parent.columns[i].type);
    CHECK(partition.columns[i].collation == parent.columns[i].collation);
    CHECK(partition.columns[i].generated == parent.columns[i].generated);
  }
  CHECK(partition.columns[0].default_expr == "nextval('public.m_id_seq'::regclass)");
  CHECK(partition.columns[0].not_null);
  CHECK(partition.columns[3].not_null);                 // the partition's own option
  CHECK(partition.columns[3].default_expr == "1");
  CHECK_FALSE(parent.columns[3].not_null);
  CHECK(partition.columns[5].identity == model::IdentityKind::None);  // identity is not copied
  CHECK(partition.columns[5].not_null);
  CHECK_FALSE(partition.columns[3].comment.has_value());
  // The parent's CHECK and primary key belong to the parent; only its own CHECK stays.
  CHECK(partition.constraints.size() == 1);
  CHECK(partition.constraints.count("own") == 1);
  CHECK_THAT(load_error("CREATE TABLE p (a int);\nCREATE TABLE c PARTITION OF p FOR VALUES IN (1);"),
             Catch::StartsWith("schema/a.sql:2:1: table public.p is not partitioned, so it cannot have partitions"));
  CHECK_THAT(load_error("CREATE TABLE p (a int) PARTITION BY LIST (a);\n"
                        "CREATE TABLE c PARTITION OF p (b NOT NULL) FOR VALUES IN (1);"),
             Catch::StartsWith("schema/a.sql:2:1: column b is not a column of the parent table"));
}

TEST_CASE("pg_dump's partitions: CREATE TABLE, ATTACH PARTITION, ALTER INDEX … ATTACH PARTITION", "[parse]") {
  const auto result = load_sql(
      "SELECT pg_catalog.set_config('search_path', '', false);\n"
      "CREATE TABLE public.m (id bigint NOT NULL, created date NOT NULL, CONSTRAINT ck CHECK ((id > 0)))\n"
      "PARTITION BY RANGE (created);\n"
      "CREATE TABLE public.m_2020 (id bigint NOT NULL, created date NOT NULL, CONSTRAINT ck CHECK ((id > 0)));\n"
      "ALTER TABLE ONLY public.m ATTACH PARTITION public.m_2020 FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');\n"
      "ALTER TABLE ONLY public.m ADD CONSTRAINT m_pkey PRIMARY KEY (id, created);\n"
      "ALTER TABLE ONLY public.m_2020 ADD CONSTRAINT m_2020_pkey PRIMARY KEY (id, created);\n"
      "CREATE INDEX m_created_idx ON ONLY public.m USING btree (created);\n"
      "CREATE INDEX m_2020_created_idx ON public.m_2020 USING btree (created);\n"
      "ALTER INDEX public.m_created_idx ATTACH PARTITION public.m_2020_created_idx;\n"
      "ALTER INDEX public.m_pkey ATTACH PARTITION public.m_2020_pkey;\n");
  const model::Table& partition = result.catalog.tables.at({"public", "m_2020"});
  CHECK(partition.kind == model::TableKind::Partition);
  CHECK(partition.partition_bound == "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");
  CHECK(partition.constraints.empty());
  CHECK(result.catalog.tables.at({"public", "m"}).constraints.size() == 2);
  CHECK(result.catalog.indexes.count({"public", "m_created_idx"}) == 1);
  CHECK(result.catalog.indexes.count({"public", "m_2020_created_idx"}) == 0);
  CHECK(result.warnings.empty());
}

TEST_CASE("an index created on a partitioned table reaches its partitions", "[parse]") {
  const auto result = load_sql(
      "CREATE TABLE p (id int, k int) PARTITION BY LIST (k);\n"
      "CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1) PARTITION BY LIST (id);\n"
      "CREATE TABLE p11 PARTITION OF p1 FOR VALUES IN (1);\n"
      "CREATE TABLE p2 PARTITION OF p FOR VALUES IN (2);\n"
      "CREATE INDEX ON p2 (id);\n"       // p2's own index, attached when p gets an equal one
      "CREATE INDEX ON p (id);\n"
      "CREATE INDEX ON p11 (id);\n"      // p11 already has a copy named p11_id_idx
      "ALTER TABLE p ADD COLUMN extra text;\n");
  const auto& indexes = result.catalog.indexes;
  CHECK(indexes.count({"public", "p_id_idx"}) == 1);
  CHECK(indexes.count({"public", "p2_id_idx"}) == 0);
  CHECK(indexes.count({"public", "p11_id_idx1"}) == 1);
  CHECK(result.catalog.tables.at({"public", "p11"}).columns.back().name == "extra");
  // A partition that is itself partitioned is a Partition with a key, as introspection reads it
  // (relispartition), so a definition and its database agree.
  const model::Table& p1 = result.catalog.tables.at({"public", "p1"});
  CHECK(p1.kind == model::TableKind::Partition);
  CHECK(p1.partition_key == std::optional<std::string>("LIST (id)"));
  CHECK(p1.partition_of == std::optional<model::QualifiedName>(model::QualifiedName{"public", "p"}));
}

TEST_CASE("a partitioned table attached as a partition becomes a partition with a key", "[parse]") {
  const auto result = load_sql(
      "CREATE TABLE p (id int, k int) PARTITION BY LIST (k);\n"
      "CREATE TABLE p1 (id int, k int) PARTITION BY LIST (id);\n"
      "CREATE TABLE p11 PARTITION OF p1 FOR VALUES IN (1);\n"
      "ALTER TABLE p ATTACH PARTITION p1 FOR VALUES IN (1);\n");
  const model::Table& p1 = result.catalog.tables.at({"public", "p1"});
  CHECK(p1.kind == model::TableKind::Partition);
  CHECK(p1.partition_key == std::optional<std::string>("LIST (id)"));
  CHECK(p1.partition_bound == std::optional<std::string>("FOR VALUES IN (1)"));
}
