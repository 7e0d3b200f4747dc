#include "introspect/query_text.hpp"

#include <charconv>
#include <stdexcept>

namespace driftgate::introspect {

namespace {

// Whether `line` is meant for the server, judging by a marker `--@since N` / `--@before N` that
// ends the line. The same words inside prose (a comment explaining the markers) are no marker:
// there the word after the keyword does not end the line.
bool line_applies(std::string_view line, int server_version_num) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  auto marker = line.rfind("--@");
  if (marker == std::string_view::npos) return true;
  auto rest = line.substr(marker + 3);
  bool since = rest.starts_with("since ");
  bool before = rest.starts_with("before ");
  if (!since && !before) return true;
  rest.remove_prefix(since ? 6 : 7);
  if (rest.find_first_of(" \t") != std::string_view::npos) return true;  // prose
  int version = 0;
  auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), version);
  if (error != std::errc() || end != rest.data() + rest.size()) {
    throw std::logic_error("malformed version marker in catalog query line: " + std::string(line));
  }
  return since ? server_version_num >= version : server_version_num < version;
}

}  // namespace

std::string query_for_version(std::string_view text, int server_version_num) {
  std::string out;
  while (!text.empty()) {
    auto newline = text.find('\n');
    auto line = text.substr(0, newline);
    if (line_applies(line, server_version_num)) {
      out += line;
      if (newline != std::string_view::npos) out += '\n';
    }
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  return out;
}

std::string catalog_query(const std::string& file, int server_version_num) {
  auto found = embedded_queries().find(file);
  if (found == embedded_queries().end()) {
    throw std::logic_error("no embedded catalog query " + file);
  }
  return query_for_version(found->second, server_version_num);
}

}  // namespace driftgate::introspect
