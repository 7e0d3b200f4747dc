#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "model/json_cursor.hpp"
#include "util/error.hpp"

using driftgate::model::JsonCursor;
using nlohmann::json;

TEST_CASE("JsonCursor builds RFC 6901 paths, escaping ~ and /", "[model]") {
  const json document = json::parse(R"({"a/b": {"c~d": [10, 20]}})");
  const std::string origin = "doc.json";
  const JsonCursor root(document, origin);
  CHECK(root.path().empty());
  const JsonCursor element = root.field("a/b").field("c~d").element(1);
  CHECK(element.path() == "/a~1b/c~0d/1");
  CHECK(element.int64() == 20);
  CHECK(json(document).at(json::json_pointer(element.path())) == 20);
}

TEST_CASE("JsonCursor accessors refuse the wrong shape with the path and origin", "[model]") {
  const json document = json::parse(R"({"n": 3, "s": "x", "a": [1], "big": 18446744073709551615})");
  const std::string origin = "doc.json";
  const JsonCursor root(document, origin);
  CHECK_THROWS_WITH(root.field("n").string(),
                    Catch::StartsWith("doc.json: /n: expected a string, found the integer 3"));
  CHECK_THROWS_WITH(
      root.field("s").boolean(),
      Catch::StartsWith("doc.json: /s: expected true or false, found the string \"x\""));
  CHECK_THROWS_WITH(root.field("a").element(4),
                    Catch::StartsWith("doc.json: /a: has no element 4"));
  CHECK_THROWS_WITH(root.field("missing"),
                    Catch::StartsWith("doc.json: /: missing key \"missing\""));
  CHECK_THROWS_WITH(root.field("big").int64(),
                    Catch::Contains("found the integer 18446744073709551615"));
  CHECK_THROWS_WITH(root.field("a").non_negative_int(), Catch::Contains("found an array"));
  CHECK_THROWS_AS(root.field("n").field("x"), driftgate::Error);
  CHECK(root.field("n").non_negative_int() == 3);
  CHECK_THROWS_WITH(root.field("a").strings(),
                    Catch::StartsWith("doc.json: /a/0: expected a string, found the integer 1"));
}
