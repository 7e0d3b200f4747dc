#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "parse/definition_loader.hpp"
#include "util/error.hpp"

namespace driftgate::test {

/// The text of tests/fixtures/parse/`name`.
inline std::string read_parse_fixture(const std::string& name) {
  const std::filesystem::path path = std::filesystem::path(DRIFTGATE_FIXTURES_DIR) / "parse" / name;
  std::ifstream in(path);
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Loads one definition file holding `sql`.
inline parse::LoadResult load_sql(const std::string& sql, const std::string& path = "schema/a.sql",
                                  const parse::ParseOptions& options = {}) {
  return parse::load_definition({{path, sql}}, options);
}

/// The message of the input Error loading `files` throws (fails the test when none is thrown).
inline std::string load_error(const std::vector<source::DefinitionFile>& files,
                              const parse::ParseOptions& options = {}) {
  try {
    parse::load_definition(files, options);
  } catch (const Error& error) {
    CHECK(error.code() == ExitCode::Input);
    return error.what();
  }
  FAIL("loading the definition did not fail");
  return "";
}

/// The message of the input Error loading one file of `sql` throws.
inline std::string load_error(const std::string& sql, const std::string& path = "schema/a.sql") {
  return load_error(std::vector<source::DefinitionFile>{{path, sql}});
}

/// The messages of a list of diagnostics, each as `file:line: message`.
inline std::vector<std::string> messages(const std::vector<parse::Diagnostic>& diagnostics) {
  std::vector<std::string> texts;
  for (const auto& diagnostic : diagnostics) {
    texts.push_back(diagnostic.location.file + ":" + std::to_string(diagnostic.location.line) + ": " +
                    diagnostic.message);
  }
  return texts;
}

}  // namespace driftgate::test
