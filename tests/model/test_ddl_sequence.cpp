#include <catch2/catch.hpp>

#include "model/ddl.hpp"

using namespace driftgate::model;

namespace {
Sequence sequence(SequenceOptions options) {
  Sequence result;
  result.name = {"app", "seq"};
  result.options = options;
  return result;
}
}  // namespace

TEST_CASE("create_sequence_sql writes only options PostgreSQL would not choose itself", "[model]") {
  CHECK(create_sequence_sql(sequence(default_sequence_options("bigint", 1))) ==
        "CREATE SEQUENCE app.seq AS bigint;");
  CHECK(create_sequence_sql(sequence(default_sequence_options("smallint", -1))) ==
        "CREATE SEQUENCE app.seq AS smallint INCREMENT BY -1;");
  CHECK(create_sequence_sql(sequence({"integer", 1000, 5, 10, 1000000, 20, true})) ==
        "CREATE SEQUENCE app.seq AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000000 "
        "START WITH 1000 CACHE 20 CYCLE;");
}

TEST_CASE("create_sequence_sql leaves out a start equal to the minimum or maximum given",
          "[model]") {
  // PostgreSQL starts an ascending sequence at its MINVALUE, a descending one at its MAXVALUE.
  CHECK(create_sequence_sql(sequence({"integer", 50, 1, 50, 2147483647, 1, false})) ==
        "CREATE SEQUENCE app.seq AS integer MINVALUE 50;");
  CHECK(create_sequence_sql(sequence({"integer", -50, -2, -2147483648LL, -50, 1, false})) ==
        "CREATE SEQUENCE app.seq AS integer INCREMENT BY -2 MAXVALUE -50;");
  CHECK(create_sequence_sql(sequence({"integer", 1, 1, 50, 2147483647, 1, false})) ==
        "CREATE SEQUENCE app.seq AS integer MINVALUE 50 START WITH 1;");
}

TEST_CASE("sequence_owned_by_sql ties a sequence to its column", "[model]") {
  Sequence owned = sequence(default_sequence_options("integer", 1));
  CHECK_FALSE(sequence_owned_by_sql(owned).has_value());
  owned.owned_by = ColumnRef{{"app", "Invoices"}, "number"};
  CHECK(sequence_owned_by_sql(owned) == "ALTER SEQUENCE app.seq OWNED BY app.\"Invoices\".number;");
}
