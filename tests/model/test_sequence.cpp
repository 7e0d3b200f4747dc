#include <cstdint>
#include <limits>
#include <string>

#include <catch2/catch.hpp>

#include "model/identifier.hpp"
#include "model/sequence.hpp"
#include "support/test_database.hpp"
#include "util/error.hpp"

using driftgate::model::default_sequence_options;
using driftgate::model::SequenceOptions;

TEST_CASE("default_sequence_options: ascending sequences run from 1 to the type's maximum",
          "[model]") {
  CHECK(default_sequence_options("smallint", 1) ==
        SequenceOptions{"smallint", 1, 1, 1, 32767, 1, false});
  CHECK(default_sequence_options("integer", 5) ==
        SequenceOptions{"integer", 1, 5, 1, 2147483647, 1, false});
  CHECK(default_sequence_options("bigint", 1) ==
        SequenceOptions{"bigint", 1, 1, 1, std::numeric_limits<std::int64_t>::max(), 1, false});
}

TEST_CASE("default_sequence_options: descending sequences run from -1 down to the type's minimum",
          "[model]") {
  CHECK(default_sequence_options("smallint", -1) ==
        SequenceOptions{"smallint", -1, -1, -32768, -1, 1, false});
  CHECK(default_sequence_options("integer", -3) ==
        SequenceOptions{"integer", -1, -3, -2147483648LL, -1, 1, false});
  CHECK(default_sequence_options("bigint", -1) ==
        SequenceOptions{"bigint", -1, -1, std::numeric_limits<std::int64_t>::min(), -1, 1, false});
}

TEST_CASE("default_sequence_options refuses a type a sequence cannot have", "[model]") {
  CHECK_THROWS_AS(default_sequence_options("numeric", 1), driftgate::Error);
  CHECK_THROWS_WITH(default_sequence_options("text", 1),
                    Catch::Contains("\"text\"") && Catch::Contains("smallint, integer or bigint"));
}

TEST_CASE("default_sequence_options matches what PostgreSQL resolves", "[model][db]") {
  driftgate::test::TestDatabase db;
  for (const char* type : {"smallint", "integer", "bigint"}) {
    for (std::int64_t increment :
         {std::int64_t{1}, std::int64_t{7}, std::int64_t{-1}, std::int64_t{-4}}) {
      const std::string name = std::string("s_") + type + "_" + (increment > 0 ? "up" : "down") +
                               std::to_string(increment > 0 ? increment : -increment);
      db.run_sql("CREATE SEQUENCE " + name + " AS " + type + " INCREMENT BY " +
                 std::to_string(increment) + ";");
      const SequenceOptions expected = default_sequence_options(type, increment);
      const std::string actual = db.query_value(
          "SELECT concat_ws(' ', seqstart, seqincrement, seqmin, seqmax, seqcache, seqcycle) "
          "FROM pg_sequence WHERE seqrelid = " +
          driftgate::model::quote_literal(name) + "::regclass");
      INFO(name);
      CHECK(actual == std::to_string(expected.start) + " " + std::to_string(expected.increment) +
                          " " + std::to_string(expected.min_value) + " " +
                          std::to_string(expected.max_value) + " " +
                          std::to_string(expected.cache) + " f");
    }
  }
}
