// `inspect --format sql` is DDL that recreates the model: it applies cleanly to an empty
// database, and read again as a definition it gives the identical model.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "model/catalog.hpp"
#include "model/catalog_json.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

using namespace driftgate;
using namespace driftgate::test;

namespace {

model::Catalog worktree_model(const std::string& project_dir) {
  auto r = run_driftgate({"inspect", "worktree", "--format", "json"}, project_dir);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return model::without_locations(model::catalog_from_json(r.out, project_dir));
}

void check_sql_round_trip(const std::string& project_dir) {
  auto sql = run_driftgate({"inspect", "worktree", "--format", "sql"}, project_dir);
  INFO(sql.err);
  REQUIRE(sql.exit_code == 0);

  TestDatabase db;
  db.run_sql(sql.out);

  TempDir again;
  again.write("schema/all.sql", sql.out);
  auto original = worktree_model(project_dir);
  auto reread = worktree_model(again.path().string());
  CHECK(model::catalog_to_json(reread, model::JsonStyle::Pretty) ==
        model::catalog_to_json(original, model::JsonStyle::Pretty));
}

}  // namespace

TEST_CASE("inspect --format sql of the example project applies and round-trips",
          "[cli][inspect][db]") {
  check_sql_round_trip(std::string(DRIFTGATE_SOURCE_DIR) + "/examples/shop");
}

TEST_CASE("inspect --format sql of every definition fixture applies and round-trips",
          "[cli][inspect][db]") {
  auto root = std::filesystem::path(DRIFTGATE_FIXTURES_DIR) / "definitions";
  REQUIRE(std::filesystem::is_directory(root));
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    DYNAMIC_SECTION(entry.path().filename().string()) {
      check_sql_round_trip(entry.path().string());
    }
  }
}
