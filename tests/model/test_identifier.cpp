#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/identifier.hpp"
#include "model/qualified_name.hpp"
#include "support/test_database.hpp"

using driftgate::model::quote_ident;
using driftgate::model::quote_literal;
using driftgate::model::to_sql;

TEST_CASE("quote_ident leaves plain lower-case names bare", "[model]") {
  CHECK(quote_ident("users") == "users");
  CHECK(quote_ident("_private") == "_private");
  CHECK(quote_ident("order_items2") == "order_items2");
}

TEST_CASE("quote_ident quotes what PostgreSQL would not read back unchanged", "[model]") {
  CHECK(quote_ident("Users") == "\"Users\"");  // upper case would be folded
  CHECK(quote_ident("Log Entries") == "\"Log Entries\"");
  CHECK(quote_ident("1st") == "\"1st\"");  // leading digit
  CHECK(quote_ident("a$b") == "\"a$b\"");  // PostgreSQL quotes `$` too
  CHECK(quote_ident("$x") == "\"$x\"");
  CHECK(quote_ident("naïve") == "\"naïve\"");  // any non-ASCII byte
  CHECK(quote_ident("a-b") == "\"a-b\"");
  CHECK(quote_ident("") == "\"\"");
}

TEST_CASE("quote_ident doubles embedded double quotes", "[model]") {
  CHECK(quote_ident("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(quote_ident("\"") == "\"\"\"\"");
}

TEST_CASE("quote_ident quotes reserved, column-name and type-function-name keywords", "[model]") {
  CHECK(quote_ident("user") == "\"user\"");        // reserved
  CHECK(quote_ident("order") == "\"order\"");      // reserved
  CHECK(quote_ident("select") == "\"select\"");    // reserved
  CHECK(quote_ident("int") == "\"int\"");          // column name keyword
  CHECK(quote_ident("between") == "\"between\"");  // column name keyword
  CHECK(quote_ident("left") == "\"left\"");        // type/function name keyword
  CHECK(quote_ident("authorization") == "\"authorization\"");
  CHECK(quote_ident("xmltable") == "\"xmltable\"");  // last in the sorted list
  CHECK(quote_ident("all") == "\"all\"");            // first in the sorted list
}

TEST_CASE("quote_ident leaves unreserved keywords bare", "[model]") {
  for (const char* word : {"name", "status", "type", "data", "key", "action", "comment", "zone"}) {
    CHECK(quote_ident(word) == word);
  }
}

TEST_CASE("quote_literal quotes like PostgreSQL's quote_literal", "[model]") {
  CHECK(quote_literal("plain") == "'plain'");
  CHECK(quote_literal("it's") == "'it''s'");
  CHECK(quote_literal("") == "''");
  CHECK(quote_literal("a\\b") == "E'a\\\\b'");
  CHECK(quote_literal("it's a\\b") == "E'it''s a\\\\b'");
  CHECK(quote_literal("line\nbreak") == "'line\nbreak'");
}

TEST_CASE("to_sql quotes each part of a qualified name on its own", "[model]") {
  CHECK(to_sql({"public", "users"}) == "public.users");
  CHECK(to_sql({"Audit Trail", "user"}) == "\"Audit Trail\".\"user\"");
  CHECK(to_sql({"app", "a.b"}) == "app.\"a.b\"");
}

TEST_CASE("quote_ident and quote_literal agree with the server on every keyword and odd name",
          "[model][db]") {
  driftgate::test::TestDatabase db;
  // Every keyword PostgreSQL knows, plus names that exercise each rule.
  const std::string words =
      db.query_value("SELECT string_agg(word, ' ' ORDER BY word) FROM pg_get_keywords()");
  std::vector<std::string> names;
  std::size_t start = 0;
  while (start < words.size()) {
    std::size_t space = words.find(' ', start);
    if (space == std::string::npos) space = words.size();
    names.push_back(words.substr(start, space - start));
    start = space + 1;
  }
  REQUIRE(names.size() > 400);
  for (const char* odd :
       {"Mixed", "with space", "1abc", "a$b", "naïve", "q\"uote", "_ok", "ok_9"}) {
    names.emplace_back(odd);
  }
  // One query: the server lists every name whose quote_ident differs from ours.
  std::string rows;
  for (const auto& name : names) {
    rows += std::string(rows.empty() ? "" : ", ") + "($dg$" + name + "$dg$, $dg$" +
            quote_ident(name) + "$dg$)";
  }
  CHECK(db.query_value("SELECT coalesce(string_agg(name || ' -> ' || quote_ident(name), ', '), "
                       "'none') FROM (VALUES " +
                       rows +
                       ") AS ours(name, quoted) "
                       "WHERE quote_ident(name) <> quoted") == "none");
  // Every literal we write reads back as the text it quotes.
  for (const char* text : {"it's", "back\\slash", "both ' and \\", "ünïcode"}) {
    INFO(text);
    CHECK(db.query_value("SELECT " + quote_literal(text) + " = $dg$" + text + "$dg$") == "t");
  }
}
