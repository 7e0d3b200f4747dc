#include "apply/sync_project.hpp"

#include <catch2/catch.hpp>

#include "introspect/introspect_helpers.hpp"
#include "model/catalog_json.hpp"
#include "support/git_fixture.hpp"

namespace driftgate::test {

SyncProject::SyncProject(const std::string& sql) {
  git_init(dir_.path());
  commit(sql);
}

void SyncProject::commit(const std::string& sql) {
  dir_.write("schema/schema.sql", sql);
  git_commit_all(dir_.path(), "definition");
}

CommandResult SyncProject::run(std::vector<std::string> args, const TestDatabase& database) const {
  args.push_back("--url");
  args.push_back(database.url());
  return run_driftgate(args, root());
}

std::string schema_state(const TestDatabase& database) {
  return model::catalog_to_json(model::without_locations(introspect_db(database)),
                                model::JsonStyle::Compact);
}

}  // namespace driftgate::test
