// Not run by default ([.]): times introspect_database against the database named by
// DRIFTGATE_BENCH_URL, e.g. one with 2,000 tables, and prints the best of five runs.
#include <cstdlib>
#include <iostream>

#include <catch2/catch.hpp>

#include "introspect/introspect.hpp"

using namespace driftgate;

TEST_CASE("benchmark: introspect the database at DRIFTGATE_BENCH_URL", "[.][benchmark]") {
  const char* url = std::getenv("DRIFTGATE_BENCH_URL");
  if (url == nullptr) FAIL("set DRIFTGATE_BENCH_URL to the database to time");
  std::chrono::milliseconds best = std::chrono::hours(1);
  std::size_t tables = 0;
  for (int run = 0; run < 5; ++run) {
    introspect::IntrospectStats stats;
    auto catalog = introspect::introspect_database(url, {}, stats);
    tables = catalog.tables.size();
    best = std::min(best, stats.elapsed);
  }
  std::cout << tables << " tables: best of 5 runs " << best.count() << " ms\n";
  CHECK(tables > 0);
}
