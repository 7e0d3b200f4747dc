#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>

#include "parse/load_sql.hpp"
#include "parse/sequence_options.hpp"
#include "parse/statement_error.hpp"

using namespace driftgate::parse;

TEST_CASE("a new sequence gets PostgreSQL's defaults for its type", "[parse]") {
  const auto bigint = resolve_new_sequence_options({}, "bigint");
  CHECK(bigint.data_type == "bigint");
  CHECK(bigint.start == 1);
  CHECK(bigint.increment == 1);
  CHECK(bigint.min_value == 1);
  CHECK(bigint.max_value == std::numeric_limits<std::int64_t>::max());
  CHECK(bigint.cache == 1);
  CHECK_FALSE(bigint.cycle);
  CHECK(resolve_new_sequence_options({}, "integer").max_value == 2147483647);
  CHECK(resolve_new_sequence_options({}, "smallint").max_value == 32767);
}

TEST_CASE("a descending sequence starts at its maximum, -1", "[parse]") {
  WrittenSequenceOptions written;
  written.increment = -1;
  const auto options = resolve_new_sequence_options(written, "integer");
  CHECK(options.max_value == -1);
  CHECK(options.min_value == -2147483648LL);
  CHECK(options.start == -1);
}

TEST_CASE("written options win and START defaults to MINVALUE", "[parse]") {
  WrittenSequenceOptions written;
  written.min_value = BoundOption{10};
  written.max_value = BoundOption{};  // NO MAXVALUE
  written.cache = 20;
  written.cycle = true;
  written.data_type = "smallint";
  const auto options = resolve_new_sequence_options(written, "bigint");
  CHECK(options.data_type == "smallint");
  CHECK(options.min_value == 10);
  CHECK(options.start == 10);
  CHECK(options.max_value == 32767);
  CHECK(options.cache == 20);
  CHECK(options.cycle);
}

TEST_CASE("values PostgreSQL rejects are statement errors", "[parse]") {
  WrittenSequenceOptions zero;
  zero.increment = 0;
  CHECK_THROWS_WITH(resolve_new_sequence_options(zero, "bigint"), "INCREMENT must not be zero");
  WrittenSequenceOptions crossed;
  crossed.min_value = BoundOption{5};
  crossed.max_value = BoundOption{5};
  CHECK_THROWS_WITH(resolve_new_sequence_options(crossed, "bigint"), "MINVALUE (5) must be less than MAXVALUE (5)");
  WrittenSequenceOptions start;
  start.start = 0;
  CHECK_THROWS_WITH(resolve_new_sequence_options(start, "bigint"), "START value (0) cannot be less than MINVALUE (1)");
  WrittenSequenceOptions too_big;
  too_big.max_value = BoundOption{40000};
  CHECK_THROWS_WITH(resolve_new_sequence_options(too_big, "smallint"),
                    "MAXVALUE (40000) is out of range for sequence data type smallint");
  WrittenSequenceOptions cache;
  cache.cache = 0;
  CHECK_THROWS_WITH(resolve_new_sequence_options(cache, "bigint"), "CACHE (0) must be greater than zero");
  CHECK_THROWS_AS(resolve_new_sequence_options({}, "text"), StatementError);
}

TEST_CASE("ALTER SEQUENCE AS moves bounds that were the old type's limits", "[parse]") {
  const auto current = resolve_new_sequence_options({}, "bigint");
  WrittenSequenceOptions written;
  written.data_type = "integer";
  const auto altered = resolve_altered_sequence_options(current, written);
  CHECK(altered.data_type == "integer");
  CHECK(altered.max_value == 2147483647);
  CHECK(altered.min_value == 1);  // 1 was not bigint's minimum, so it stays
  WrittenSequenceOptions increment;
  increment.increment = 5;
  const auto stepped = resolve_altered_sequence_options(current, increment);
  CHECK(stepped.increment == 5);
  CHECK(stepped.max_value == current.max_value);
  CHECK(stepped.start == current.start);
}

TEST_CASE("CREATE SEQUENCE reads every option", "[parse]") {
  const auto result = driftgate::test::load_sql(
      "CREATE SEQUENCE s AS integer START WITH 5 INCREMENT BY 5 MINVALUE 5 MAXVALUE 1000 CACHE 10 CYCLE;\n"
      "CREATE SEQUENCE big MAXVALUE 9223372036854775807 NO MINVALUE NO CYCLE;\n"
      "CREATE SEQUENCE down INCREMENT -2;");
  const auto& s = result.catalog.sequences.at({"public", "s"}).options;
  CHECK(s.data_type == "integer");
  CHECK(s.start == 5);
  CHECK(s.increment == 5);
  CHECK(s.min_value == 5);
  CHECK(s.max_value == 1000);
  CHECK(s.cache == 10);
  CHECK(s.cycle);
  const auto& big = result.catalog.sequences.at({"public", "big"}).options;
  CHECK(big.max_value == std::numeric_limits<std::int64_t>::max());
  CHECK(big.min_value == 1);
  CHECK_FALSE(big.cycle);
  const auto& down = result.catalog.sequences.at({"public", "down"}).options;
  CHECK(down.increment == -2);
  CHECK(down.start == -1);
  CHECK(down.min_value == std::numeric_limits<std::int64_t>::min());
}
