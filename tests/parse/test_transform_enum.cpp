#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parse/load_sql.hpp"

using driftgate::test::load_error;
using driftgate::test::load_sql;
using Labels = std::vector<std::string>;

TEST_CASE("CREATE TYPE AS ENUM keeps labels in order", "[parse]") {
  const auto result = load_sql("CREATE SCHEMA s;\nCREATE TYPE s.\"Mood\" AS ENUM ('sad', 'ok', 'happy');\nCREATE TYPE empty AS ENUM ();");
  const auto& mood = result.catalog.enums.at({"s", "Mood"});
  CHECK(mood.labels == Labels{"sad", "ok", "happy"});
  CHECK(mood.location.line == 2);
  CHECK(result.catalog.enums.at({"public", "empty"}).labels.empty());
}

TEST_CASE("ALTER TYPE ADD VALUE places the label and RENAME VALUE renames it", "[parse]") {
  const auto result = load_sql(
      "CREATE TYPE status AS ENUM ('new', 'closed');\n"
      "ALTER TYPE status ADD VALUE 'active' BEFORE 'closed';\n"
      "ALTER TYPE status ADD VALUE 'draft' BEFORE 'new';\n"
      "ALTER TYPE public.status ADD VALUE 'archived';\n"
      "ALTER TYPE status ADD VALUE 'reopened' AFTER 'closed';\n"
      "ALTER TYPE status ADD VALUE IF NOT EXISTS 'new';\n"
      "ALTER TYPE status RENAME VALUE 'draft' TO 'idea';\n");
  CHECK(result.catalog.enums.at({"public", "status"}).labels ==
        Labels{"idea", "new", "active", "closed", "reopened", "archived"});
  CHECK(driftgate::test::messages(result.skipped) ==
        std::vector<std::string>{"schema/a.sql:6: ALTER TYPE … ADD VALUE IF NOT EXISTS 'new': the label already exists"});
}

TEST_CASE("enum mistakes are input errors at the statement", "[parse]") {
  CHECK_THAT(load_error("CREATE TYPE s AS ENUM ('a');\nALTER TYPE s ADD VALUE 'a';"),
             Catch::StartsWith("schema/a.sql:2:1: enum label 'a' already exists in type public.s; use ADD VALUE IF NOT EXISTS"));
  CHECK_THAT(load_error("ALTER TYPE nope ADD VALUE 'a';"),
             Catch::StartsWith("schema/a.sql:1:1: enum type public.nope is not defined before this statement"));
  CHECK_THAT(load_error("CREATE TYPE s AS ENUM ('a', 'a');"),
             Catch::StartsWith("schema/a.sql:1:1: enum label 'a' is listed twice in type public.s"));
  CHECK_THAT(load_error("CREATE TYPE s AS ENUM ('a');\nALTER TYPE s ADD VALUE 'b' AFTER 'z';"),
             Catch::StartsWith("schema/a.sql:2:1: type public.s has no label 'z'"));
  CHECK(load_error("CREATE TYPE s AS ENUM ('a');\nCREATE TYPE s AS ENUM ('b');") ==
        "schema/a.sql:2:1: type public.s is defined twice: here and at schema/a.sql:1:1. "
        "Keep one definition (CREATE … IF NOT EXISTS keeps the first one).");
}
