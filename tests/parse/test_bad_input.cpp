#include <catch2/catch.hpp>

#include <string>

#include "parse/load_sql.hpp"

using namespace driftgate;

namespace {

/// Loads `sql`; any failure must be an input Error, never another exception (or a crash).
void load_or_input_error(const std::string& sql) {
  try {
    parse::load_definition({{"schema/mutated.sql", sql}}, {});
  } catch (const Error& error) {
    CHECK(error.code() == ExitCode::Input);
    CHECK_THAT(error.what(), Catch::StartsWith("schema/mutated.sql"));
  } catch (const std::exception& error) {
    FAIL("not an input error: " << error.what() << "\nfor input:\n" << sql);
  }
}

}  // namespace

TEST_CASE("mutated definitions load or fail with an input error, never anything else", "[parse]") {
  const std::string original = test::read_parse_fixture("every_object.sql");
  const std::string implicit = test::read_parse_fixture("implicit_names.sql");
  const std::string fragments[] = {";", "(", ")", "'", "\"", "$$", "--", "/*", "\\", ",", " NOT NULL", " PRIMARY KEY",
                                   " REFERENCES nope", " CHECK (", " DEFAULT", " COLLATE", "[]", "::", "ONLY "};
  std::size_t step = 0;
  for (std::size_t at = 0; at < original.size(); at += 97, ++step) {
    const std::string& fragment = fragments[step % std::size(fragments)];
    load_or_input_error(original.substr(0, at));                                  // cut short
    load_or_input_error(original.substr(0, at) + fragment + original.substr(at));  // something inserted
    load_or_input_error(original.substr(0, at) + original.substr(std::min(original.size(), at + 7)));  // a hole
  }
  for (std::size_t at = 0; at < implicit.size(); at += 211) {
    load_or_input_error(implicit.substr(0, at) + implicit.substr(std::min(implicit.size(), at + 13)));
  }
}
