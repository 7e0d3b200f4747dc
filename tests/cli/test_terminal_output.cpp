// Colour and glyphs of the text report as a user's terminal shows them: colour only on a
// terminal (or with --color always), never with NO_COLOR; ASCII where the locale is not UTF-8.
// A real pseudo-terminal comes from util-linux's `script` (Debian's essential bsdutils).
#include <catch2/catch.hpp>

#include <string>

#include "support/git_fixture.hpp"
#include "support/run_command.hpp"
#include "support/temp_dir.hpp"

using namespace driftgate::test;

namespace {

const std::string kEscape = "\x1b[";

/// A repository whose HEAD adds a table to HEAD~1: `diff git:HEAD git:HEAD~1` is drift.
void make_repository(const TempDir& dir) {
  git_init(dir.path());
  dir.write("schema/a.sql", "CREATE TABLE a (id int);\n");
  git_commit_all(dir.path(), "a");
  dir.write("schema/b.sql", "CREATE TABLE b (id int);\n");
  git_commit_all(dir.path(), "b");
}

/// Runs `command_line` (a shell line) on a pseudo-terminal; returns what the terminal showed.
CommandResult on_terminal(const std::string& command_line, const std::string& cwd) {
  return run_command({"script", "-qec", command_line, "/dev/null"}, cwd);
}

std::string diff_line() {
  std::string line = "'";
  line.append(DRIFTGATE_BINARY);
  line.append("' diff git:HEAD git:HEAD~1");
  return line;
}

}  // namespace

TEST_CASE("a UTF-8 terminal gets colour and glyphs", "[cli]") {
  TempDir dir;
  make_repository(dir);
  auto shown = on_terminal("env -u NO_COLOR LC_ALL=C.UTF-8 " + diff_line(), dir.path().string());
  INFO(shown.out << shown.err);
  CHECK(shown.exit_code == 1);
  CHECK_THAT(shown.out, Catch::Contains(kEscape));
  CHECK_THAT(shown.out, Catch::Contains("✗"));
}

TEST_CASE("NO_COLOR turns colour off on a terminal", "[cli]") {
  TempDir dir;
  make_repository(dir);
  auto shown = on_terminal("NO_COLOR=1 LC_ALL=C.UTF-8 " + diff_line(), dir.path().string());
  INFO(shown.out);
  CHECK_THAT(shown.out, !Catch::Contains(kEscape));
  CHECK_THAT(shown.out, Catch::Contains("✗ drift: 1 missing"));
}

TEST_CASE("a terminal whose locale is not UTF-8 gets ASCII glyphs", "[cli]") {
  TempDir dir;
  make_repository(dir);
  auto shown = on_terminal("NO_COLOR=1 LC_ALL=C " + diff_line(), dir.path().string());
  INFO(shown.out);
  CHECK_THAT(shown.out, Catch::Contains("x drift: 1 missing"));
  CHECK_THAT(shown.out, !Catch::Contains("✗"));
}

TEST_CASE("pipes get no colour unless asked, and UTF-8 glyphs", "[cli]") {
  TempDir dir;
  make_repository(dir);
  auto piped = run_driftgate({"diff", "git:HEAD", "git:HEAD~1"}, dir.path().string());
  CHECK_THAT(piped.out, !Catch::Contains(kEscape));
  CHECK_THAT(piped.out, Catch::Contains("✗ drift: 1 missing"));
  auto forced = run_driftgate({"--color", "always", "diff", "git:HEAD", "git:HEAD~1"},
                              dir.path().string());
  CHECK_THAT(forced.out, Catch::Contains(kEscape));
}
