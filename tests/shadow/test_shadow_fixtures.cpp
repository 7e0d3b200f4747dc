// The shadow spine: every tests/fixtures/shadow/<case>/schema.sql holds objects only
// PostgreSQL's analysis can compare (hand-written views, CHECKs on varchar columns, casts
// PostgreSQL adds). Loaded into a fresh database and compared with the same file as a
// definition, parsing alone leaves items uncompared and never reports drift; with the shadow
// database (on the test cluster) there are no items at all. When the case has mutate.sql, it
// is run against the database afterwards and, with the shadow, exactly the items in
// expected.txt are reported.
//
// Hidden from the default run: CMake registers one ctest per case folder.

#include <catch2/catch.hpp>

#include "diff/diff_catalogs.hpp"
#include "diff/fixture_cases.hpp"
#include "diff/shadow_decisions.hpp"
#include "introspect/introspect_helpers.hpp"
#include "parse/parser_comparator.hpp"
#include "shadow/shadow_database.hpp"
#include "shadow/shadow_subset.hpp"

namespace driftgate::test {
namespace {

/// definition vs live, with what parsing left uncompared decided by a shadow database on the
/// test cluster.
std::vector<diff::DriftItem> drift_with_shadow(const model::Catalog& definition,
                                               const model::Catalog& live,
                                               const TestDatabase& dev) {
  // As `diff` does: only what the undecided items need is built, and the target narrowed to it.
  const auto items = drift_between(definition, live);
  const model::Catalog subset = shadow::shadow_subset(definition, items);
  const auto build = shadow::build_shadow(
      dev.url(), subset,
      [&](const model::Catalog& target) { return drift_between(subset, target); }, {"public"});
  INFO(build.note);
  REQUIRE(build.catalog.has_value());
  return diff::decide_with_shadow(items, drift_between(*build.catalog, shadow::narrowed_to(live, subset))).items;
}

std::vector<std::string> lines_of(const std::vector<diff::DriftItem>& items) {
  std::vector<std::string> lines;
  for (const auto& item : items) lines.push_back(drift_item_line(item));
  return lines;
}

void run_shadow_case(const std::filesystem::path& dir) {
  const std::string sql = read_text_file(dir / "schema.sql");
  TestDatabase database;
  TestDatabase dev;
  database.run_sql(sql);
  const model::Catalog definition = definition_from_sql(sql, dir.filename().string() + "/schema.sql");

  const auto offline = drift_between(definition, introspect_db(database));
  INFO("parsing alone:\n" << explain_items(offline));
  CHECK_FALSE(offline.empty());  // the case is about what parsing cannot decide
  for (const auto& item : offline) CHECK(item.kind == diff::DriftKind::Uncompared);

  const auto decided = drift_with_shadow(definition, introspect_db(database), dev);
  INFO("with the shadow:\n" << explain_items(decided));
  CHECK(decided.empty());

  if (!std::filesystem::exists(dir / "mutate.sql")) return;
  database.run_sql(read_text_file(dir / "mutate.sql"));
  const auto mutated = drift_with_shadow(definition, introspect_db(database), dev);
  INFO("after mutate.sql, with the shadow:\n" << explain_items(mutated));
  CHECK(lines_of(mutated) == expectation_lines(dir / "expected.txt"));
}

}  // namespace

TEST_CASE("shadow fixtures", "[.fixtures][shadow][db]") {
  for (const auto& dir : fixture_case_dirs("shadow")) {
    DYNAMIC_SECTION(dir.filename().string()) { run_shadow_case(dir); }
  }
}

}  // namespace driftgate::test
