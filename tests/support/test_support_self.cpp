// The harness itself: a fresh database per test on the throwaway cluster, and child processes.
#include <catch2/catch.hpp>

#include "support/run_command.hpp"
#include "support/temp_dir.hpp"
#include "support/test_database.hpp"

using namespace driftgate::test;

TEST_CASE("each TestDatabase is a fresh, empty database", "[support][db]") {
  TestDatabase a;
  TestDatabase b;
  CHECK(a.name() != b.name());
  a.run_sql("CREATE TABLE only_in_a (id int);");
  CHECK(a.query_value("SELECT count(*) FROM pg_class WHERE relname = 'only_in_a'") == "1");
  CHECK(b.query_value("SELECT count(*) FROM pg_class WHERE relname = 'only_in_a'") == "0");
}

TEST_CASE("run_command captures both streams and the exit code", "[support]") {
  auto r = run_command({"/bin/sh", "-c", "echo out; echo err >&2; exit 3"});
  CHECK(r.exit_code == 3);
  CHECK(r.out == "out\n");
  CHECK(r.err == "err\n");
  auto cat = run_command({"cat"}, "", "from stdin");
  CHECK(cat.out == "from stdin");
}

TEST_CASE("TempDir writes nested files and removes them", "[support]") {
  std::filesystem::path kept;
  {
    TempDir dir;
    dir.write("a/b/c.sql", "select 1;");
    kept = dir.path();
    CHECK(std::filesystem::exists(kept / "a/b/c.sql"));
  }
  CHECK_FALSE(std::filesystem::exists(kept));
}
