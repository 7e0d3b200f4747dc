// Tables: ordinary, partitioned, partitions (range, list, default), comments.
#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"

using namespace driftgate;
using namespace driftgate::test;

TEST_CASE("partitioned tables, their partitions, and what partitions inherit", "[introspect][db]") {
  TestDatabase db;
  db.run_sql(R"sql(
    CREATE SCHEMA app;
    CREATE TABLE app.events (
      id bigint, at date NOT NULL, kind text,
      PRIMARY KEY (id, at), CHECK (id > 0)
    ) PARTITION BY RANGE (at);
    CREATE TABLE app.events_2024 PARTITION OF app.events
      FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE TABLE app.events_default PARTITION OF app.events DEFAULT;
    CREATE INDEX events_kind_idx ON app.events (kind);
    CREATE INDEX events_2024_own_idx ON app.events_2024 (id);
    CREATE TABLE app.event_refs (
      event_id bigint, event_at date,
      FOREIGN KEY (event_id, event_at) REFERENCES app.events);
    CREATE TABLE app.tags (id int, kind text) PARTITION BY LIST (kind);
    CREATE TABLE app.tags_ab PARTITION OF app.tags FOR VALUES IN ('a', 'b');
    CREATE TABLE app.hashed (id int) PARTITION BY HASH (id);
    CREATE TABLE app.hashed_0 PARTITION OF app.hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
    CREATE TABLE app.plain (id int);
    COMMENT ON TABLE app.plain IS 'just a table';
  )sql");
  auto catalog = introspect_db(db);

  const auto& events = table_in(catalog, "app", "events");
  CHECK(events.kind == model::TableKind::Partitioned);
  CHECK(events.partition_key == "RANGE (at)");
  CHECK_FALSE(events.partition_of);
  CHECK(events.constraints.size() == 2);
  CHECK(constraint_in(events, "events_pkey").kind == model::ConstraintKind::PrimaryKey);
  CHECK(constraint_in(events, "events_id_check").kind == model::ConstraintKind::Check);

  const auto& y2024 = table_in(catalog, "app", "events_2024");
  CHECK(y2024.kind == model::TableKind::Partition);
  CHECK(y2024.partition_of == model::QualifiedName{"app", "events"});
  CHECK(y2024.partition_bound == "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
  CHECK_FALSE(y2024.partition_key);
  CHECK(y2024.columns.size() == 3);
  CHECK(y2024.constraints.empty());  // PK and check are the parent's

  const auto& fallback = table_in(catalog, "app", "events_default");
  CHECK(fallback.partition_bound == "DEFAULT");
  CHECK(fallback.constraints.empty());

  CHECK(table_in(catalog, "app", "tags").partition_key == "LIST (kind)");
  CHECK(table_in(catalog, "app", "tags_ab").partition_bound == "FOR VALUES IN ('a', 'b')");

  CHECK(table_in(catalog, "app", "hashed").partition_key == "HASH (id)");
  CHECK(table_in(catalog, "app", "hashed_0").partition_bound ==
        "FOR VALUES WITH (modulus 2, remainder 0)");

  // a foreign key to a partitioned table is one constraint, not one per partition
  const auto& refs = table_in(catalog, "app", "event_refs");
  CHECK(refs.constraints.size() == 1);

  // the parent's index is listed once; the partitions' copies are not; a partition's own index is
  std::vector<std::string> indexes;
  for (const auto& [name, index] : catalog.indexes) indexes.push_back(name.name);
  CHECK(indexes == std::vector<std::string>{"events_2024_own_idx", "events_kind_idx"});
  CHECK(index_in(catalog, "app", "events_2024_own_idx").table ==
        model::QualifiedName{"app", "events_2024"});

  const auto& plain = table_in(catalog, "app", "plain");
  CHECK(plain.kind == model::TableKind::Ordinary);
  CHECK(plain.comment == "just a table");
  CHECK_FALSE(plain.partition_bound);
}
