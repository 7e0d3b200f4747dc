// Index key text helpers: unwrapping CREATE INDEX's parentheses, reading COLLATE clauses.
#include <catch2/catch.hpp>

#include "introspect/index_key_text.hpp"

using namespace driftgate::introspect;

TEST_CASE("expression keys lose only the parentheses CREATE INDEX syntax adds", "[introspect]") {
  CHECK(unwrap_index_expression("lower(email)") == "lower(email)");
  CHECK(unwrap_index_expression("((a + 1))") == "(a + 1)");
  CHECK(unwrap_index_expression("((b || 'x'::text))") == "(b || 'x'::text)");
  // the first parenthesis closes before the end: not a wrapper
  CHECK(unwrap_index_expression("(a)::text || (b)::text") == "(a)::text || (b)::text");
  // parentheses inside literals and quoted identifiers do not count
  CHECK(unwrap_index_expression("((\"we)ird\" || ')'::text))") == "(\"we)ird\" || ')'::text)");
  CHECK(unwrap_index_expression("(('it''s'::text || x))") == "('it''s'::text || x)");
  CHECK(unwrap_index_expression("()") == "");
  CHECK(unwrap_index_expression("(") == "(");
}

TEST_CASE("an expression key's COLLATE is read from the index definition", "[introspect]") {
  const std::string def =
      "CREATE INDEX i ON public.t USING btree (lower(c) COLLATE \"POSIX\", lower(b))";
  CHECK(prints_collation(def, "lower(c)", "\"POSIX\""));
  CHECK_FALSE(prints_collation(def, "lower(b)", "\"C\""));
  CHECK_FALSE(prints_collation(def, "lower(c)", "\"C\""));
}
