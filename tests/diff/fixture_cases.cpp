#include "diff/fixture_cases.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "diff/diff_catalogs.hpp"
#include "parse/definition_loader.hpp"
#include "parse/parser_comparator.hpp"
#include "report/drift_text.hpp"
#include "support/run_command.hpp"

namespace driftgate::test {

std::vector<std::filesystem::path> fixture_case_dirs(const std::string& family) {
  std::vector<std::filesystem::path> dirs;
  const std::filesystem::path root = std::filesystem::path(DRIFTGATE_FIXTURES_DIR) / family;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  return dirs;
}

std::string read_text_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  INFO("reading " << file.string());
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

model::Catalog definition_from_sql(const std::string& sql, const std::string& file_name) {
  auto loaded = parse::load_definition({{file_name, sql}}, parse::ParseOptions{});
  for (const auto& warning : loaded.warnings) {
    FAIL_CHECK(file_name << ":" << warning.location.line << ":" << warning.location.column << ": "
                         << warning.message);
  }
  return std::move(loaded.catalog);
}

std::vector<diff::DriftItem> drift_between(const model::Catalog& expected,
                                           const model::Catalog& actual) {
  const parse::ParserComparator comparator(parse::comparator_settings(expected, actual));
  return diff::diff_catalogs(expected, actual, comparator, diff::DiffOptions{});
}

std::string drift_item_line(const diff::DriftItem& item) {
  std::string line = std::string(diff::drift_kind_name(item.kind)) + " " +
                     std::string(diff::object_kind_name(item.object.kind)) + " " +
                     item.display_name;
  if (item.attribute != diff::Attribute::None) {
    line += " " + std::string(diff::attribute_name(item.attribute));
  }
  return line;
}

std::vector<std::string> expectation_lines(const std::filesystem::path& file) {
  std::vector<std::string> lines;
  if (!std::filesystem::exists(file)) return lines;
  std::istringstream in(read_text_file(file));
  std::string line;
  while (std::getline(in, line)) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    const auto last = line.find_last_not_of(" \t\r");
    lines.push_back(line.substr(first, last - first + 1));
  }
  return lines;
}

std::string explain_items(const std::vector<diff::DriftItem>& items) {
  report::DriftReport drift_report;
  drift_report.from = {"definition", ""};
  drift_report.to = {"database", ""};
  drift_report.items = items;
  report::DriftTextStyle style;
  style.glyphs = report::TreeGlyphs::Ascii;
  style.detail = report::Detail::Explain;
  return report::drift_to_text(drift_report, style);
}

std::string pg_dump_schema(const TestDatabase& database) {
  auto dump = run_command({pg_bindir() + "/pg_dump", "--schema-only", "--no-owner",
                           "--no-privileges", "--dbname", database.url()});
  INFO("pg_dump said: " << dump.err);
  REQUIRE(dump.exit_code == 0);
  return dump.out;
}

}  // namespace driftgate::test
