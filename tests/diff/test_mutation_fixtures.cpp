// The mutation spine: every tests/fixtures/mutations/<case>/ holds base.sql (the definition,
// loaded into a fresh database), mutate.sql (run against the database afterwards) and
// expected.txt (the exact drift items, one per line as drift_item_line writes them, in report
// order). The diff must produce exactly those items and nothing else.
//
// Hidden from the default run: CMake registers one ctest per case folder, each running
// `driftgate_tests "mutation fixtures" -c <case>`.

#include <catch2/catch.hpp>

#include "diff/fixture_cases.hpp"
#include "introspect/introspect_helpers.hpp"

namespace driftgate::test {
namespace {

void run_mutation_case(const std::filesystem::path& dir) {
  const std::string base = read_text_file(dir / "base.sql");
  TestDatabase database;
  database.run_sql(base);
  database.run_sql(read_text_file(dir / "mutate.sql"));
  const model::Catalog live = introspect_db(database);
  const model::Catalog definition = definition_from_sql(base, dir.filename().string() + "/base.sql");

  const auto items = drift_between(definition, live);
  std::vector<std::string> lines;
  for (const auto& item : items) lines.push_back(drift_item_line(item));
  const auto expected = expectation_lines(dir / "expected.txt");
  INFO("drift found:\n" << explain_items(items));
  REQUIRE_FALSE(expected.empty());
  CHECK(lines == expected);
}

}  // namespace

TEST_CASE("mutation fixtures", "[.fixtures][mutations][db]") {
  for (const auto& dir : fixture_case_dirs("mutations")) {
    DYNAMIC_SECTION(dir.filename().string()) { run_mutation_case(dir); }
  }
}

}  // namespace driftgate::test
