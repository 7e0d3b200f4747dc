// The round-trip spine: every tests/fixtures/roundtrip/<case>/schema.sql is loaded into a fresh
// database by psql, introspected, and compared with the same file parsed as a definition. Zero
// drift is required; the only uncompared items allowed are those listed in the case's
// uncompared.txt (objects only PostgreSQL's analysis can decide). The database's pg_dump is
// then parsed as a definition too and must match the database exactly: nothing uncompared.
// Last, the definition is applied to an empty database (the sync), which must then show no
// drift either, and a second apply must find nothing to do.
//
// Hidden from the default run: CMake registers one ctest per case folder, each running
// `driftgate_tests "roundtrip fixtures" -c <case>`.

#include <catch2/catch.hpp>

#include "apply/apply.hpp"
#include "diff/fixture_cases.hpp"
#include "introspect/introspect_helpers.hpp"

namespace driftgate::test {
namespace {

std::vector<std::string> uncompared_lines(const std::vector<diff::DriftItem>& items) {
  std::vector<std::string> lines;
  for (const auto& item : items) {
    if (item.kind == diff::DriftKind::Uncompared) lines.push_back(drift_item_line(item));
  }
  return lines;
}

std::vector<diff::DriftItem> drift_only(const std::vector<diff::DriftItem>& items) {
  std::vector<diff::DriftItem> drift;
  for (const auto& item : items) {
    if (diff::is_drift(item)) drift.push_back(item);
  }
  return drift;
}

void run_roundtrip_case(const std::filesystem::path& dir) {
  const std::string sql = read_text_file(dir / "schema.sql");
  TestDatabase database;
  database.run_sql(sql);
  const model::Catalog live = introspect_db(database);

  const model::Catalog definition =
      definition_from_sql(sql, dir.filename().string() + "/schema.sql");
  const auto items = drift_between(definition, live);
  {
    INFO("schema.sql parsed vs the database it built:\n" << explain_items(items));
    CHECK(drift_only(items).empty());
    CHECK(uncompared_lines(items) == expectation_lines(dir / "uncompared.txt"));
  }

  {
    const model::Catalog dumped = definition_from_sql(pg_dump_schema(database), "pg_dump.sql");
    const auto dump_items = drift_between(dumped, live);
    INFO("pg_dump of the database parsed vs the database:\n" << explain_items(dump_items));
    CHECK(dump_items.empty());
  }

  TestDatabase empty;
  apply::PlanRequest request;
  request.definition = &definition;
  request.url = empty.url();
  request.drift_of = [&](const model::Catalog& target) { return drift_between(definition, target); };
  const apply::ApplyResult applied = apply::apply_definition(request, apply::ApplyOptions{});
  CHECK(applied.statements_run > 0);
  const auto applied_items = drift_between(definition, introspect_db(empty));
  INFO("schema.sql parsed vs the database apply built from it:\n" << explain_items(applied_items));
  CHECK(drift_only(applied_items).empty());
  CHECK(apply::apply_definition(request, apply::ApplyOptions{}).statements_run == 0);
}

}  // namespace

TEST_CASE("roundtrip fixtures", "[.fixtures][roundtrip][db]") {
  for (const auto& dir : fixture_case_dirs("roundtrip")) {
    DYNAMIC_SECTION(dir.filename().string()) { run_roundtrip_case(dir); }
  }
}

}  // namespace driftgate::test
