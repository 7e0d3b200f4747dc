#include <string>

#include <catch2/catch.hpp>

#include "model/ddl.hpp"
#include "model/sample_catalog.hpp"
#include "support/golden_file.hpp"
#include "support/test_database.hpp"

using namespace driftgate::model;

namespace {

// The position of `needle` in `text`; fails the test when it is not there.
std::size_t position_of(const std::string& text, const std::string& needle) {
  const std::size_t position = text.find(needle);
  INFO("looking for: " << needle);
  REQUIRE(position != std::string::npos);
  return position;
}

}  // namespace

TEST_CASE("catalog_to_sql of an empty catalog is empty", "[model]") {
  CHECK(catalog_to_sql(Catalog{}).empty());
}

TEST_CASE("catalog_to_sql orders statements so each finds what it depends on", "[model]") {
  const std::string sql = catalog_to_sql(driftgate::test::full_sample_catalog());
  // Schemas, extensions, types and sequences before the tables that use them.
  CHECK(position_of(sql, "CREATE SCHEMA app;") < position_of(sql, "CREATE TYPE app.status"));
  CHECK(position_of(sql, "CREATE EXTENSION btree_gist") < position_of(sql, "CREATE TABLE"));
  CHECK(position_of(sql, "CREATE SEQUENCE app.invoice_number_seq") <
        position_of(sql, "CREATE TABLE app.invoices"));
  // Parents before partitions; ownership once the owning table exists.
  CHECK(position_of(sql, "CREATE TABLE app.events (") <
        position_of(sql, "CREATE TABLE app.events_2024 PARTITION OF"));
  CHECK(position_of(sql, "CREATE TABLE app.invoices") <
        position_of(sql, "ALTER SEQUENCE app.invoice_number_seq OWNED BY"));
  // The foreign key onto users.handle needs the unique index users_handle_key.
  CHECK(position_of(sql, "CREATE UNIQUE INDEX users_handle_key") <
        position_of(sql, "ADD CONSTRAINT invoices_handle_fkey"));
  // Views in definition order: active_emails reads active_users, which sorts after it by name.
  CHECK(position_of(sql, "CREATE VIEW app.active_users") <
        position_of(sql, "CREATE VIEW app.active_emails"));
  CHECK(position_of(sql, "CREATE MATERIALIZED VIEW app.user_counts") <
        position_of(sql, "CREATE UNIQUE INDEX user_counts_status_idx"));
  CHECK(position_of(sql, "CREATE UNIQUE INDEX user_counts_status_idx") <
        position_of(sql, "COMMENT ON"));
  // `public` and `plpgsql` exist in every database and are not created again.
  CHECK(sql.find("CREATE SCHEMA public") == std::string::npos);
  CHECK(position_of(sql, "COMMENT ON SCHEMA public IS") > 0);
}

TEST_CASE("catalog_to_sql skips the objects every database already has", "[model]") {
  Catalog catalog;
  catalog.schemas["public"] = Schema{"public", std::nullopt, {}};
  catalog.extensions["plpgsql"] =
      Extension{"plpgsql", "pg_catalog", std::nullopt, std::nullopt, {}};
  CHECK(catalog_to_sql(catalog).empty());
}

TEST_CASE("catalog_to_sql of the full sample catalog matches its golden file", "[model]") {
  const std::string sql = catalog_to_sql(driftgate::test::full_sample_catalog());
  CHECK(sql == catalog_to_sql(driftgate::test::full_sample_catalog()));
  driftgate::test::check_golden("model/full_sample.sql", sql);
}

TEST_CASE("catalog_to_sql of the full sample catalog applies to an empty database", "[model][db]") {
  driftgate::test::TestDatabase db;
  db.run_sql(catalog_to_sql(driftgate::test::full_sample_catalog()));

  // Explicit names survive, and so do validation and deferral states.
  CHECK(db.query_value("SELECT string_agg(conname || ':' || convalidated || condeferrable || "
                       "condeferred, ' ' ORDER BY conname) FROM pg_constraint WHERE conrelid = "
                       "'app.invoices'::regclass") ==
        "invoices_handle_fkey:truefalsefalse invoices_pkey:truefalsefalse "
        "invoices_user_id_fkey:falsetruetrue");
  CHECK(db.query_value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = "
                       "'bookings_code_excl'") ==
        "EXCLUDE USING btree (lower(code) text_pattern_ops DESC NULLS LAST WITH =, room NULLS "
        "FIRST WITH =) DEFERRABLE");
  CHECK(db.query_value("SELECT pg_get_indexdef('app.users_lower_email_idx'::regclass)") ==
        "CREATE UNIQUE INDEX users_lower_email_idx ON app.users USING btree (lower(email) "
        "text_pattern_ops DESC NULLS LAST, handle NULLS FIRST) INCLUDE (status) NULLS NOT "
        "DISTINCT WHERE (status <> 'suspended'::app.status)");
  CHECK(db.query_value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = "
                       "'users_handle_check'") == "CHECK ((length((handle)::text) > 2)) NOT VALID");

  // Sequence options come back exactly as modelled, written or left to PostgreSQL.
  const std::string options_query =
      "SELECT concat_ws(' ', seqtypid::regtype, seqstart, seqincrement, seqmin, seqmax, "
      "seqcache, seqcycle) FROM pg_sequence WHERE seqrelid = ";
  CHECK(db.query_value(options_query + "'app.invoice_number_seq'::regclass") ==
        "integer 1000 5 10 1000000 20 t");
  CHECK(db.query_value(options_query + "'app.countdown_seq'::regclass") ==
        "bigint -1 -1 -9223372036854775808 -1 1 f");
  CHECK(db.query_value(options_query + "pg_get_serial_sequence('app.users', 'id')::regclass") ==
        "integer 100 10 100 1000000 5 t");
  CHECK(db.query_value("SELECT pg_get_serial_sequence('app.invoices', 'number')") ==
        "app.invoice_number_seq");

  // Partitions, the identity kind, comments.
  CHECK(db.query_value("SELECT pg_get_expr(relpartbound, oid) FROM pg_class WHERE oid = "
                       "'app.events_other'::regclass") == "DEFAULT");
  CHECK(db.query_value("SELECT attidentity FROM pg_attribute WHERE attrelid = "
                       "'app.bookings'::regclass AND attname = 'id'") == "d");
  CHECK(db.query_value("SELECT col_description('\"Audit Trail\".\"Log Entries\"'::regclass, 4)") ==
        "A name with a \"quote\" in it");
  CHECK(db.query_value("SELECT obj_description('app.user_counts'::regclass, 'pg_class')") ==
        "Users per state");
  CHECK(db.query_value("SELECT count(*) FROM app.active_emails") == "0");
}
