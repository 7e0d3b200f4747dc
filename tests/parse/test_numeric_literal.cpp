#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "parse/numeric_literal.hpp"
#include "parse/regclass_name.hpp"

using namespace driftgate::parse;

TEST_CASE("numbers as numeric's output function prints them", "[normalize]") {
  CHECK(normalize_numeric("1e5") == std::optional<std::string>("100000"));
  CHECK(normalize_numeric("1.50e1") == std::optional<std::string>("15.0"));
  CHECK(normalize_numeric("15e-1") == std::optional<std::string>("1.5"));
  CHECK(normalize_numeric(".5") == std::optional<std::string>("0.5"));
  CHECK(normalize_numeric("007") == std::optional<std::string>("7"));
  CHECK(normalize_numeric("-0") == std::optional<std::string>("0"));
  CHECK(normalize_numeric("-0.00") == std::optional<std::string>("0.00"));
  CHECK(normalize_numeric(" +2.50 ") == std::optional<std::string>("2.50"));
  CHECK(normalize_numeric("-1.5E+2") == std::optional<std::string>("-150"));
  CHECK(normalize_numeric("5e-3") == std::optional<std::string>("0.005"));
  CHECK_FALSE(normalize_numeric("abc"));
  CHECK_FALSE(normalize_numeric("1e"));
  CHECK_FALSE(normalize_numeric("1.2.3"));
  CHECK_FALSE(normalize_numeric("NaN"));
  CHECK_FALSE(normalize_numeric(""));
}

TEST_CASE("the type the parser gives a numeric literal", "[normalize]") {
  CHECK(literal_type("2147483647") == LiteralType::Integer);
  CHECK(literal_type("-2147483647") == LiteralType::Integer);
  CHECK(literal_type("-2147483648") == LiteralType::Bigint);  // 2147483648 is lexed first, then negated
  CHECK(literal_type("2147483648") == LiteralType::Bigint);
  CHECK(literal_type("9223372036854775807") == LiteralType::Bigint);
  CHECK(literal_type("-9223372036854775808") == LiteralType::Bigint);
  CHECK(literal_type("9223372036854775808") == LiteralType::Numeric);
  CHECK(literal_type("1.0") == LiteralType::Numeric);
}

TEST_CASE("integers and booleans as int4in and boolin read them", "[normalize]") {
  CHECK(parse_integer(" -7 ") == std::optional<std::int64_t>(-7));
  CHECK(parse_integer("+12") == std::optional<std::int64_t>(12));
  CHECK(parse_integer("-9223372036854775808") == std::optional<std::int64_t>(INT64_MIN));
  CHECK_FALSE(parse_integer("9223372036854775808"));
  CHECK_FALSE(parse_integer("1.5"));
  CHECK_FALSE(parse_integer("-"));
  CHECK(parse_boolean("t") == std::optional<bool>(true));
  CHECK(parse_boolean(" TRUE ") == std::optional<bool>(true));
  CHECK(parse_boolean("ye") == std::optional<bool>(true));
  CHECK(parse_boolean("on") == std::optional<bool>(true));
  CHECK(parse_boolean("of") == std::optional<bool>(false));
  CHECK(parse_boolean("0") == std::optional<bool>(false));
  CHECK(parse_boolean("fal") == std::optional<bool>(false));
  CHECK_FALSE(parse_boolean("o"));  // on or off?
  CHECK_FALSE(parse_boolean("truth"));
  CHECK_FALSE(parse_boolean("2"));
}

TEST_CASE("relation names in regclass literals", "[normalize]") {
  using Names = std::vector<std::string>;
  CHECK(split_qualified_name("public.Seq") == std::optional<Names>(Names{"public", "seq"}));
  CHECK(split_qualified_name("\"My Schema\".\"Seq\"") == std::optional<Names>(Names{"My Schema", "Seq"}));
  CHECK(split_qualified_name(" a . b ") == std::optional<Names>(Names{"a", "b"}));
  CHECK(split_qualified_name("\"a\"\"b\"") == std::optional<Names>(Names{"a\"b"}));
  CHECK(split_qualified_name(std::string(70, 'x')) == std::optional<Names>(Names{std::string(63, 'x')}));
  CHECK_FALSE(split_qualified_name(""));
  CHECK_FALSE(split_qualified_name("a."));
  CHECK_FALSE(split_qualified_name("\"open"));
  CHECK_FALSE(split_qualified_name("a.b.c.d"));
}
