#include <catch2/catch.hpp>

#include "source/glob.hpp"

using driftgate::source::any_glob_matches;
using driftgate::source::any_glob_may_match_below;
using driftgate::source::glob_matches;
using driftgate::source::glob_may_match_below;
using driftgate::source::glob_problem;

TEST_CASE("** matches any number of directories, including none", "[source][glob]") {
  CHECK(glob_matches("schema/**/*.sql", "schema/a.sql"));
  CHECK(glob_matches("schema/**/*.sql", "schema/x/b.sql"));
  CHECK(glob_matches("schema/**/*.sql", "schema/x/y/b.sql"));
  CHECK_FALSE(glob_matches("schema/**/*.sql", "other/a.sql"));
  CHECK_FALSE(glob_matches("schema/**/*.sql", "a.sql"));
  CHECK_FALSE(glob_matches("schema/**/*.sql", "schema/x/b.txt"));
  CHECK(glob_matches("**/*.sql", "a.sql"));
  CHECK(glob_matches("**/*.sql", "deep/er/a.sql"));
  CHECK(glob_matches("schema/**/tables/*.sql", "schema/tables/t.sql"));
  CHECK(glob_matches("schema/**/tables/*.sql", "schema/a/b/tables/t.sql"));
  CHECK_FALSE(glob_matches("schema/**/tables/*.sql", "schema/a/b/views/t.sql"));
  CHECK(glob_matches("a/**/**/b.sql", "a/b.sql"));
  CHECK(glob_matches("a/**/x/**/b.sql", "a/1/x/2/3/b.sql"));
  CHECK_FALSE(glob_matches("a/**/x/**/b.sql", "a/1/2/3/b.sql"));
}

TEST_CASE("* and ? stay within one path segment", "[source][glob]") {
  CHECK(glob_matches("*.sql", "users.sql"));
  CHECK_FALSE(glob_matches("*.sql", "schema/users.sql"));  // top level only
  CHECK(glob_matches("schema/*.sql", "schema/users.sql"));
  CHECK_FALSE(glob_matches("schema/*.sql", "schema/sub/users.sql"));
  CHECK(glob_matches("schema/0?_*.sql", "schema/01_users.sql"));
  CHECK_FALSE(glob_matches("schema/0?_*.sql", "schema/1_users.sql"));
  CHECK_FALSE(glob_matches("schema/?.sql", "schema/ab.sql"));
  CHECK(glob_matches("schema/*", "schema/anything"));
  CHECK(glob_matches("s*a/*.sql", "schema/a.sql"));
  CHECK_FALSE(glob_matches("s*a/*.sql", "sch/em/a/a.sql"));
  CHECK(glob_matches("a**b.sql", "axxb.sql"));  // ** inside a segment is just *
  CHECK(glob_matches("*_*_*.sql", "a_b_c_d.sql"));
  CHECK_FALSE(glob_matches("*_*_*.sql", "a_b.sql"));
}

TEST_CASE("dots are literal, and hidden segments must be named explicitly", "[source][glob]") {
  CHECK_FALSE(glob_matches("*.sql", "users.sqlx"));
  CHECK_FALSE(glob_matches("*.sql", "users.sql.bak"));
  CHECK_FALSE(glob_matches("*.sql", "usersxsql"));
  CHECK(glob_matches("*.sql", "v1.2.users.sql"));
  CHECK(glob_matches("schema/v1.0/*.sql", "schema/v1.0/a.sql"));
  CHECK_FALSE(glob_matches("schema/v1.0/*.sql", "schema/v1x0/a.sql"));
  CHECK(glob_matches("a?sql", "a.sql"));  // ? matches a dot inside a name
  CHECK_FALSE(glob_matches("*.sql", ".hidden.sql"));
  CHECK_FALSE(glob_matches("schema/**/*.sql", "schema/.git/x.sql"));
  CHECK_FALSE(glob_matches("schema/**/*.sql", "schema/.cache/deep/x.sql"));
  CHECK(glob_matches(".*.sql", ".hidden.sql"));
  CHECK(glob_matches("schema/.generated/*.sql", "schema/.generated/x.sql"));
}

TEST_CASE("character classes", "[source][glob]") {
  CHECK(glob_matches("[abc].sql", "b.sql"));
  CHECK_FALSE(glob_matches("[abc].sql", "d.sql"));
  CHECK(glob_matches("v[0-9].sql", "v7.sql"));
  CHECK_FALSE(glob_matches("v[0-9].sql", "vx.sql"));
  CHECK(glob_matches("[!x]*.sql", "users.sql"));
  CHECK_FALSE(glob_matches("[!x]*.sql", "xusers.sql"));
  CHECK(glob_matches("[^x]*.sql", "users.sql"));
  CHECK(glob_matches("[]a].sql", "].sql"));  // a leading ] is a member
  CHECK(glob_matches("[a-cx-z].sql", "y.sql"));
  CHECK_FALSE(glob_matches("[a-cx-z].sql", "m.sql"));
  CHECK(glob_matches("[a-].sql", "-.sql"));    // a trailing - is a member
  CHECK(glob_matches("[é]*.sql", "été.sql"));  // classes and ? work on UTF-8 characters
  CHECK(glob_matches("?t?.sql", "été.sql"));
  CHECK(glob_matches("a[.sql", "a[.sql"));  // an unclosed [ is literal
  CHECK_FALSE(glob_matches("[abc]/*.sql", "ab/x.sql"));
}

TEST_CASE("escapes and literal paths", "[source][glob]") {
  CHECK(glob_matches("schema/users.sql", "schema/users.sql"));
  CHECK_FALSE(glob_matches("schema/users.sql", "schema/users.sql2"));
  CHECK_FALSE(glob_matches("schema/users.sql", "other/schema/users.sql"));
  CHECK(glob_matches("a\\*.sql", "a*.sql"));
  CHECK_FALSE(glob_matches("a\\*.sql", "ab.sql"));
  CHECK(glob_matches("a\\[1].sql", "a[1].sql"));
}

TEST_CASE("slashes: leading ./, doubled and trailing", "[source][glob]") {
  CHECK(glob_matches("./schema/*.sql", "schema/a.sql"));
  CHECK(glob_matches("schema//*.sql", "schema/a.sql"));
  CHECK(glob_matches("schema/", "schema/a.sql"));  // a directory: every file below it
  CHECK(glob_matches("schema/", "schema/x/y/a.txt"));
  CHECK_FALSE(glob_matches("schema/", "schema"));
  CHECK_FALSE(glob_matches("schema/", "schemas/a.sql"));
  CHECK(glob_matches("schema/**", "schema/x/a.sql"));
  CHECK_FALSE(glob_matches("schema/**", "schema"));
  CHECK(glob_matches("schema/*.sql", "./schema/a.sql"));  // paths are normalised the same way
  CHECK_FALSE(glob_matches("", "a.sql"));
  CHECK_FALSE(glob_matches("*.sql", ""));
}

TEST_CASE("a glob list matches if any glob matches", "[source][glob]") {
  std::vector<std::string> globs = {"schema/**/*.sql", "extra/seed.sql"};
  CHECK(any_glob_matches(globs, "schema/a.sql"));
  CHECK(any_glob_matches(globs, "extra/seed.sql"));
  CHECK_FALSE(any_glob_matches(globs, "extra/other.sql"));
  CHECK_FALSE(any_glob_matches({}, "schema/a.sql"));
}

TEST_CASE("directory pruning keeps every directory a glob can reach", "[source][glob]") {
  CHECK(glob_may_match_below("schema/**/*.sql", ""));
  CHECK(glob_may_match_below("schema/**/*.sql", "schema"));
  CHECK(glob_may_match_below("schema/**/*.sql", "schema/a/b"));
  CHECK_FALSE(glob_may_match_below("schema/**/*.sql", "node_modules"));
  CHECK_FALSE(glob_may_match_below("schema/**/*.sql", "schema/.git"));
  CHECK_FALSE(glob_may_match_below("*.sql", "schema"));  // top-level files only
  CHECK(glob_may_match_below("*.sql", ""));
  CHECK(glob_may_match_below("s*/*.sql", "schema"));
  CHECK_FALSE(glob_may_match_below("s*/*.sql", "schema/sub"));
  CHECK(glob_may_match_below("**/*.sql", "any/where"));
  CHECK(any_glob_may_match_below({"a/*.sql", "b/*.sql"}, "b"));
  CHECK_FALSE(any_glob_may_match_below({"a/*.sql", "b/*.sql"}, "c"));
}

TEST_CASE("glob_problem rejects globs that cannot name definition files", "[source][glob]") {
  CHECK_FALSE(glob_problem("schema/**/*.sql").has_value());
  CHECK_FALSE(glob_problem("a\\[.sql").has_value());
  REQUIRE(glob_problem("").has_value());
  CHECK_THAT(*glob_problem(""), Catch::Contains("empty"));
  CHECK_THAT(glob_problem("/etc/*.sql").value_or(""), Catch::Contains("absolute"));
  CHECK_THAT(glob_problem("../shared/*.sql").value_or(""), Catch::Contains(".."));
  CHECK_THAT(glob_problem("schema/[ab.sql").value_or(""), Catch::Contains("closing ']'"));
}
