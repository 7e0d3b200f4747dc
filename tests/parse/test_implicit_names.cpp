#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "parse/implicit_names.hpp"

using namespace driftgate::parse;

namespace {

/// `count` copies of `ch` (kept out of line: GCC 12 warns falsely on inlined string concatenation).
[[gnu::noinline]] std::string repeat(char ch, std::size_t count) { return std::string(count, ch); }

/// The parts joined together.
[[gnu::noinline]] std::string join(std::initializer_list<std::string> parts) {
  std::string text;
  for (const std::string& part : parts) text.append(part);
  return text;
}

NameTaken taken_from(const std::set<std::string>& names) {
  return [names](const std::string& name) { return names.count(name) > 0; };
}

}  // namespace

TEST_CASE("make_object_name joins the parts with underscores", "[parse]") {
  CHECK(make_object_name("users", "", "pkey") == "users_pkey");
  CHECK(make_object_name("users", "email", "key") == "users_email_key");
  CHECK(make_object_name("orders", "user_id_shop_id", "fkey") == "orders_user_id_shop_id_fkey");
  CHECK(make_object_name("t", "a", "") == "t_a");
}

TEST_CASE("make_object_name shortens the longer part first to fit 63 bytes", "[parse]") {
  const std::string table(40, 't');
  const std::string column(40, 'c');
  // 63 - len("_idx") - 1 = 58 bytes for both parts: 29 + 29.
  const std::string name = make_object_name(table, column, "idx");
  CHECK(name == join({repeat('t', 29), "_", repeat('c', 29), "_idx"}));
  CHECK(name.size() == 63);

  // Only the longer part is cut while it stays the longer one.
  const std::string short_table = "orders";
  const std::string long_column(70, 'x');
  CHECK(make_object_name(short_table, long_column, "key") == join({"orders_", repeat('x', 63 - 7 - 4), "_key"}));
  CHECK(make_object_name(repeat('p', 70), "", "pkey") == join({repeat('p', 58), "_pkey"}));
}

TEST_CASE("make_object_name never cuts a UTF-8 character in half", "[parse]") {
  // "é" is two bytes: 30 of them are 60 bytes.
  std::string accented;
  for (int i = 0; i < 30; ++i) accented += "\xC3\xA9";
  // 63 - len("_pkey") = 58 bytes available, and 58 is even: 29 characters fit exactly.
  std::string expected;
  for (int i = 0; i < 29; ++i) expected += "\xC3\xA9";
  CHECK(make_object_name(accented, "", "pkey") == join({expected, "_pkey"}));
  // With "_key" and a one-byte name2 the budget for name1 is odd (63-4-2=57): 28 characters.
  std::string expected_odd;
  for (int i = 0; i < 28; ++i) expected_odd += "\xC3\xA9";
  CHECK(make_object_name(accented, "a", "key") == join({expected_odd, "_a_key"}));
}

TEST_CASE("clip_length and truncate_identifier stop on character boundaries", "[parse]") {
  CHECK(clip_length("abc", 2) == 2);
  CHECK(clip_length("a\xE2\x82\xAC", 3) == 1);  // the euro sign needs three more bytes
  CHECK(clip_length("a\xE2\x82\xAC", 4) == 4);
  CHECK(truncate_identifier(repeat('n', 70)) == repeat('n', 63));
  std::string euros;
  for (int i = 0; i < 30; ++i) euros += "\xE2\x82\xAC";
  CHECK(truncate_identifier(euros).size() == 63);  // 21 whole characters
  CHECK(truncate_identifier("short") == "short");
}

TEST_CASE("choose_name appends 1, 2, … to the label until the name is free", "[parse]") {
  CHECK(choose_name("t", "a", "idx", taken_from({})) == "t_a_idx");
  CHECK(choose_name("t", "a", "idx", taken_from({"t_a_idx"})) == "t_a_idx1");
  CHECK(choose_name("t", "a", "idx", taken_from({"t_a_idx", "t_a_idx1"})) == "t_a_idx2");
  CHECK(choose_name("t", "", "check", taken_from({"t_check"})) == "t_check1");
  // The longer label shortens the other parts again.
  const std::string table(40, 't');
  const std::string column(40, 'c');
  const std::string first = make_object_name(table, column, "idx");
  CHECK(choose_name(table, column, "idx", taken_from({first})) ==
        join({repeat('t', 29), "_", repeat('c', 28), "_idx1"}));
}

TEST_CASE("name_addition joins column names and stops after 63 bytes", "[parse]") {
  CHECK(name_addition({"a"}) == "a");
  CHECK(name_addition({"user_id", "shop_id"}) == "user_id_shop_id");
  const std::string long_name(40, 'x');
  // Stops once the text passes 63 bytes: the third name is never added.
  CHECK(name_addition({long_name, long_name, "z"}) == join({long_name, "_", long_name}));
}

TEST_CASE("unique_index_column_names numbers repeated names", "[parse]") {
  CHECK(unique_index_column_names({"a", "b"}) == std::vector<std::string>{"a", "b"});
  CHECK(unique_index_column_names({"lower", "lower", "lower"}) ==
        std::vector<std::string>{"lower", "lower1", "lower2"});
  CHECK(unique_index_column_names({"expr", "a", "expr"}) == std::vector<std::string>{"expr", "a", "expr1"});
  const std::string long_name(63, 'q');
  CHECK(unique_index_column_names({long_name, long_name}) ==
        std::vector<std::string>{long_name, join({repeat('q', 62), "1"})});
}
