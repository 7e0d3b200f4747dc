#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "diff/drift_item.hpp"
#include "model/catalog.hpp"
#include "support/test_database.hpp"

namespace driftgate::test {

/// The case folders under tests/fixtures/<family> (e.g. "roundtrip"), sorted by name. Adding a
/// case is adding a folder; CMake registers one ctest per folder.
std::vector<std::filesystem::path> fixture_case_dirs(const std::string& family);

/// The whole text of `file`; fails the test when it cannot be read.
std::string read_text_file(const std::filesystem::path& file);

/// `sql` parsed as a definition file named `file_name` (default search path). Fails the test
/// on warnings: a fixture must only use statements the loader understands.
model::Catalog definition_from_sql(const std::string& sql, const std::string& file_name);

/// The drift from `expected` to `actual`, decided by the parser comparator as `check` does.
std::vector<diff::DriftItem> drift_between(const model::Catalog& expected,
                                           const model::Catalog& actual);

/// One line per item, as expected.txt files write them:
/// `changed column public.users.email default` (kind, object kind, name, attribute if any).
std::string drift_item_line(const diff::DriftItem& item);

/// The lines of an expectations file without blank lines and `#` comments, trimmed.
std::vector<std::string> expectation_lines(const std::filesystem::path& file);

/// `items` as the text report with --explain, for failure messages.
std::string explain_items(const std::vector<diff::DriftItem>& items);

/// The schema-only pg_dump of `database` (no owners, no privileges).
std::string pg_dump_schema(const TestDatabase& database);

}  // namespace driftgate::test
