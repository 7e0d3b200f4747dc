// Fixture folders: tests/fixtures/alembic/cases/NAME/versions/*.py replay into the model that
// NAME/expected.sql defines (adding a case is adding a folder). Malformed files under
// tests/fixtures/alembic/malformed/ are read without a crash, each with a finding at file:line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "alembic/replay.hpp"
#include "diff/diff_catalogs.hpp"
#include "parse/definition_loader.hpp"
#include "parse/parser_comparator.hpp"
#include "source/versions_folder.hpp"

using namespace driftgate;

namespace {

const std::filesystem::path fixtures = DRIFTGATE_FIXTURES_DIR "/alembic";

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("hand-written revision folders replay into their expected model", "[alembic]") {
  for (const auto& entry : std::filesystem::directory_iterator(fixtures / "cases")) {
    DYNAMIC_SECTION(entry.path().filename().string()) {
      const auto snapshot = source::read_versions_from_directory(entry.path(), "versions");
      const alembic::DocumentedSchema documented = alembic::replay_revisions(snapshot.files, parse::ParseOptions{});
      std::string findings;
      for (const auto& finding : documented.findings) {
        findings += finding.location.file + ":" + std::to_string(finding.location.line) + " " + finding.message + "\n";
      }
      INFO(findings);
      CHECK(documented.findings.empty());
      const auto expected = parse::load_definition({{"expected.sql", read_text(entry.path() / "expected.sql")}},
                                                   parse::ParseOptions{});
      const parse::ParserComparator comparator;
      const auto items = diff::diff_catalogs(expected.catalog, documented.catalog, comparator, diff::DiffOptions{});
      std::string differences;
      for (const auto& item : items) {
        differences += std::string(diff::drift_kind_name(item.kind)) + " " + item.display_name + " " +
                       std::string(diff::attribute_name(item.attribute)) + ": " + item.expected.value_or("-") +
                       " / " + item.actual.value_or("-") + "\n";
      }
      INFO(differences);
      CHECK(items.empty());
    }
  }
}

TEST_CASE("malformed revision files give findings with file:line and never crash", "[alembic]") {
  for (const auto& entry : std::filesystem::directory_iterator(fixtures / "malformed")) {
    DYNAMIC_SECTION(entry.path().filename().string()) {
      const std::string name = "versions/" + entry.path().filename().string();
      const alembic::DocumentedSchema documented =
          alembic::replay_revisions({{name, read_text(entry.path())}}, parse::ParseOptions{});
      REQUIRE_FALSE(documented.findings.empty());
      for (const auto& finding : documented.findings) {
        INFO(finding.message);
        CHECK(finding.location.file == name);
        CHECK_FALSE(finding.message.empty());
        if (finding.category != "not_a_revision") CHECK(finding.location.line > 0);
      }
    }
  }
}
