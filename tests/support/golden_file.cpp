#include "support/golden_file.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

namespace driftgate::test {
namespace {

// "line N: expected … / actual …" for the first line where the two texts differ.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::istringstream expected_lines(expected);
  std::istringstream actual_lines(actual);
  std::string expected_line;
  std::string actual_line;
  for (int line = 1;; ++line) {
    const bool more_expected = static_cast<bool>(std::getline(expected_lines, expected_line));
    const bool more_actual = static_cast<bool>(std::getline(actual_lines, actual_line));
    if (!more_expected && !more_actual) return "the texts differ only in their final newline";
    if (!more_expected || !more_actual || expected_line != actual_line) {
      return "line " + std::to_string(line) +
             "\n  expected: " + (more_expected ? expected_line : "(end of file)") +
             "\n  actual:   " + (more_actual ? actual_line : "(end of output)");
    }
  }
}

}  // namespace

void check_golden(const std::string& relative, const std::string& actual) {
  const std::filesystem::path path = std::filesystem::path(DRIFTGATE_FIXTURES_DIR) / relative;
  const char* update = std::getenv("DRIFTGATE_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << actual;
    REQUIRE(out.good());
    return;
  }
  std::ifstream in(path, std::ios::binary);
  INFO("golden file " << path.string()
                      << " is missing; create it with DRIFTGATE_UPDATE_GOLDEN=1 and review it");
  REQUIRE(in.good());
  std::ostringstream expected;
  expected << in.rdbuf();
  INFO("output differs from " << path.string() << " at " << first_difference(expected.str(), actual)
                              << "\n(if the change is intended: rerun with "
                                 "DRIFTGATE_UPDATE_GOLDEN=1 and review the diff)");
  CHECK(expected.str() == actual);
}

}  // namespace driftgate::test
