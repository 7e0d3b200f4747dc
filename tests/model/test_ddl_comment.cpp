#include <catch2/catch.hpp>

#include "model/ddl.hpp"

using namespace driftgate::model;

TEST_CASE("comment_sql writes COMMENT ON for each commentable kind", "[model]") {
  CHECK(comment_sql(Schema{"app", "Application's tables", {}}) ==
        "COMMENT ON SCHEMA app IS 'Application''s tables';");
  CHECK(comment_sql(Extension{"btree_gist", "public", std::nullopt, "GiST", {}}) ==
        "COMMENT ON EXTENSION btree_gist IS 'GiST';");
  CHECK(comment_sql(EnumType{{"app", "status"}, {"a"}, "State", {}}) ==
        "COMMENT ON TYPE app.status IS 'State';");
  Sequence sequence;
  sequence.name = {"app", "seq"};
  sequence.comment = "back\\slash";
  CHECK(comment_sql(sequence) == "COMMENT ON SEQUENCE app.seq IS E'back\\\\slash';");
  Table table;
  table.name = {"Audit Trail", "Log"};
  table.comment = "All of it";
  CHECK(comment_sql(table) == "COMMENT ON TABLE \"Audit Trail\".\"Log\" IS 'All of it';");
  Column column;
  column.name = "user";
  column.comment = "Who";
  CHECK(comment_sql(table.name, column) ==
        "COMMENT ON COLUMN \"Audit Trail\".\"Log\".\"user\" IS 'Who';");
  Constraint constraint;
  constraint.name = "log_pkey";
  constraint.comment = "Key";
  CHECK(comment_sql(table.name, constraint) ==
        "COMMENT ON CONSTRAINT log_pkey ON \"Audit Trail\".\"Log\" IS 'Key';");
  Index index;
  index.name = {"app", "users_idx"};
  index.comment = "Fast";
  CHECK(comment_sql(index) == "COMMENT ON INDEX app.users_idx IS 'Fast';");
  CHECK(comment_sql(View{{"app", "v"}, false, "SELECT 1", "A view", {}}) ==
        "COMMENT ON VIEW app.v IS 'A view';");
  CHECK(comment_sql(View{{"app", "m"}, true, "SELECT 1", "Stored", {}}) ==
        "COMMENT ON MATERIALIZED VIEW app.m IS 'Stored';");
}

TEST_CASE("comment_sql gives nothing for an object without a comment", "[model]") {
  CHECK_FALSE(comment_sql(Schema{"app", std::nullopt, {}}).has_value());
  CHECK_FALSE(comment_sql(Table{}).has_value());
  CHECK_FALSE(comment_sql(QualifiedName{"app", "t"}, Column{}).has_value());
  CHECK_FALSE(comment_sql(View{}).has_value());
  // An empty comment is still a comment.
  CHECK(comment_sql(Schema{"app", "", {}}) == "COMMENT ON SCHEMA app IS '';");
}
