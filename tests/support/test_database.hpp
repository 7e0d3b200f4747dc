#pragma once

#include <string>

namespace driftgate::test {

/// A fresh, empty database on the throwaway cluster that ci/test.sh started (found through
/// DRIFTGATE_TEST_PGHOST / DRIFTGATE_TEST_PGPORT). Dropped again when the object goes away.
/// When the cluster is not there the test fails (never skips): run tests through ci/test.sh.
class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  /// The database's name.
  const std::string& name() const { return name_; }
  /// A libpq connection URI for it (`postgresql://postgres@/NAME?host=/socket&port=5432`).
  std::string url() const;
  /// Runs SQL text (several statements allowed) through psql with ON_ERROR_STOP; fails the
  /// test with psql's message if it does not apply.
  void run_sql(const std::string& sql) const;
  /// The first column of the first row of `query`, as text ("" for NULL).
  std::string query_value(const std::string& query) const;

 private:
  std::string name_;
};

/// The directory holding the PostgreSQL server binaries (pg_dump, psql) used by the cluster.
std::string pg_bindir();

}  // namespace driftgate::test
