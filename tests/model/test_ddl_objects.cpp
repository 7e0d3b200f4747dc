#include <catch2/catch.hpp>

#include "model/ddl.hpp"

using namespace driftgate::model;

TEST_CASE("create_schema_sql quotes the name", "[model]") {
  CHECK(create_schema_sql(Schema{"app", std::nullopt, {}}) == "CREATE SCHEMA app;");
  CHECK(create_schema_sql(Schema{"Audit Trail", "ignored here", {}}) ==
        "CREATE SCHEMA \"Audit Trail\";");
}

TEST_CASE("create_extension_sql names the schema and a pinned version", "[model]") {
  CHECK(create_extension_sql(Extension{"btree_gist", "public", "1.7", std::nullopt, {}}) ==
        "CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.7';");
  CHECK(create_extension_sql(Extension{"uuid-ossp", "Ext", std::nullopt, std::nullopt, {}}) ==
        "CREATE EXTENSION \"uuid-ossp\" WITH SCHEMA \"Ext\";");
  CHECK(create_extension_sql(Extension{"citext", "", std::nullopt, std::nullopt, {}}) ==
        "CREATE EXTENSION citext;");
}

TEST_CASE("create_enum_sql writes the labels in order as literals", "[model]") {
  CHECK(create_enum_sql(EnumType{{"app", "status"}, {"active", "it's closed"}, std::nullopt, {}}) ==
        "CREATE TYPE app.status AS ENUM ('active', 'it''s closed');");
  CHECK(create_enum_sql(EnumType{{"Audit Trail", "Kind"}, {}, std::nullopt, {}}) ==
        "CREATE TYPE \"Audit Trail\".\"Kind\" AS ENUM ();");
}

TEST_CASE("create_view_sql writes the query without the stored text's edges", "[model]") {
  CHECK(
      create_view_sql(View{
          {"app", "active"}, false, " SELECT users.id\n   FROM app.users;\n", std::nullopt, {}}) ==
      "CREATE VIEW app.active AS\nSELECT users.id\n   FROM app.users;");
  CHECK(create_view_sql(View{{"app", "Counts"}, true, "SELECT 1 AS one", std::nullopt, {}}) ==
        "CREATE MATERIALIZED VIEW app.\"Counts\" AS\nSELECT 1 AS one;");
  // A trailing line comment would hide a semicolon written on its line.
  CHECK(create_view_sql(View{{"app", "v"}, false, "SELECT 1 -- one", std::nullopt, {}}) ==
        "CREATE VIEW app.v AS\nSELECT 1 -- one\n;");
}
