#include "cli/output.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "util/error.hpp"

namespace driftgate::cli {

void write_result(const GlobalOptions& options, const std::string& text) {
  if (options.output_file.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return;
  }
  std::filesystem::path target(options.output_file);
  auto temporary = target;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) {
      throw input_error(fmt::format("cannot write --output {}: check that its directory exists "
                                    "and is writable", options.output_file));
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, target, ec);
  if (ec) {
    throw input_error(fmt::format("cannot write --output {}: {}", options.output_file, ec.message()));
  }
}

void log_line(const GlobalOptions& options, const std::string& line) {
  if (!options.quiet) fmt::print(stderr, "{}\n", line);
}

}  // namespace driftgate::cli
