#pragma once

#include <string>
#include <vector>

#include "support/run_command.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

namespace driftgate::test {

/// A git repository whose definition is one file, schema/schema.sql, committed: what `plan`
/// and `apply` read at HEAD.
class SyncProject {
 public:
  /// Commits `sql` as the definition.
  explicit SyncProject(const std::string& sql);
  /// Commits `sql` as the new definition.
  void commit(const std::string& sql);
  /// The repository's folder.
  std::string root() const { return dir_.path().string(); }
  /// Runs driftgate `args` in the repository with `--url` of `database` appended.
  CommandResult run(std::vector<std::string> args, const TestDatabase& database) const;

 private:
  TempDir dir_;
};

/// The model of `database` as canonical JSON without locations: equal strings, equal schemas.
std::string schema_state(const TestDatabase& database);

}  // namespace driftgate::test
