#include "source/glob.hpp"

#include <cstddef>
#include <set>

namespace driftgate::source {
namespace {

constexpr std::string_view any_directories = "**";

/// Splits on '/', dropping empty and "." segments (leading "./", doubled slashes).
std::vector<std::string_view> split_segments(std::string_view text) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('/', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view segment = text.substr(start, end - start);
    if (!segment.empty() && segment != ".") segments.push_back(segment);
    start = end + 1;
  }
  return segments;
}

/// The pattern as segments; a trailing '/' or a trailing `**` means "every file below".
std::vector<std::string_view> pattern_segments(std::string_view pattern) {
  std::vector<std::string_view> segments = split_segments(pattern);
  bool names_directory = !pattern.empty() && pattern.back() == '/';
  if (names_directory && (segments.empty() || segments.back() != any_directories)) {
    segments.push_back(any_directories);
  }
  if (!segments.empty() && segments.back() == any_directories) segments.emplace_back("*");
  return segments;
}

/// Length in bytes of the UTF-8 character starting at text[at] (1 for a stray byte).
std::size_t char_length(std::string_view text, std::size_t at) {
  auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = lead < 0x80         ? 1
                       : lead >> 5 == 0x6  ? 2
                       : lead >> 4 == 0xE  ? 3
                       : lead >> 3 == 0x1E ? 4
                                           : 1;
  if (at + length > text.size()) return 1;
  for (std::size_t i = 1; i < length; ++i) {
    if ((static_cast<unsigned char>(text[at + i]) & 0xC0) != 0x80) return 1;
  }
  return length;
}

/// The code point of the character starting at text[at] (a stray byte is its own value).
char32_t code_point(std::string_view text, std::size_t at, std::size_t length) {
  auto byte = [&](std::size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(text[at + i]));
  };
  switch (length) {
    case 2:
      return (byte(0) & 0x1F) << 6 | (byte(1) & 0x3F);
    case 3:
      return (byte(0) & 0x0F) << 12 | (byte(1) & 0x3F) << 6 | (byte(2) & 0x3F);
    case 4:
      return (byte(0) & 0x07) << 18 | (byte(1) & 0x3F) << 12 | (byte(2) & 0x3F) << 6 |
             (byte(3) & 0x3F);
    default:
      return byte(0);
  }
}

/// Reads one class member character at pattern[at] (honouring `\`), advancing `at`.
char32_t read_class_char(std::string_view pattern, std::size_t& at) {
  if (pattern[at] == '\\' && at + 1 < pattern.size()) ++at;
  std::size_t length = char_length(pattern, at);
  char32_t value = code_point(pattern, at, length);
  at += length;
  return value;
}

/// Where the class starting with '[' at `open` ends (one past its ']'), or npos if unclosed.
std::size_t class_end(std::string_view pattern, std::size_t open) {
  std::size_t at = open + 1;
  if (at < pattern.size() && (pattern[at] == '!' || pattern[at] == '^')) ++at;
  if (at < pattern.size() && pattern[at] == ']') ++at;  // a leading ']' is a member
  while (at < pattern.size() && pattern[at] != ']') {
    at += pattern[at] == '\\' && at + 1 < pattern.size() ? 2 : 1;
  }
  return at < pattern.size() ? at + 1 : std::string_view::npos;
}

/// Whether `c` is in the class pattern[open, end).
bool class_contains(std::string_view pattern, std::size_t open, std::size_t end, char32_t c) {
  std::size_t at = open + 1;
  bool negated = pattern[at] == '!' || pattern[at] == '^';
  if (negated) ++at;
  bool found = false;
  bool first = true;
  while (at < end - 1 && (first || pattern[at] != ']')) {
    first = false;
    char32_t low = read_class_char(pattern, at);
    char32_t high = low;
    if (at + 1 < end - 1 && pattern[at] == '-') {
      ++at;
      high = read_class_char(pattern, at);
    }
    if (low <= c && c <= high) found = true;
  }
  return found != negated;
}

/// Matches one non-star pattern element at pattern[p] against the character at segment[s];
/// on success sets how many bytes each side consumed.
bool match_element(std::string_view pattern, std::size_t p, std::string_view segment, std::size_t s,
                   std::size_t& pattern_used, std::size_t& segment_used) {
  segment_used = char_length(segment, s);
  char c = pattern[p];
  if (c == '?') {
    pattern_used = 1;
    return true;
  }
  if (c == '[') {
    std::size_t end = class_end(pattern, p);
    if (end != std::string_view::npos) {
      pattern_used = end - p;
      return class_contains(pattern, p, end, code_point(segment, s, segment_used));
    }
  }
  if (c == '\\' && p + 1 < pattern.size()) {
    ++p;
    pattern_used = 2;
  } else {
    pattern_used = 1;
  }
  segment_used = 1;
  return pattern[p] == segment[s];
}

bool starts_with_literal_dot(std::string_view pattern) {
  return pattern.starts_with('.') || pattern.starts_with("\\.");
}

/// Whether one path segment matches one pattern segment (`*`, `?`, classes, escapes).
bool segment_matches(std::string_view pattern, std::string_view segment) {
  if (segment.starts_with('.') && !starts_with_literal_dot(pattern)) return false;
  std::size_t p = 0;
  std::size_t s = 0;
  std::size_t star_p = std::string_view::npos;
  std::size_t star_s = 0;
  while (s < segment.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = ++p;
      star_s = s;
      continue;
    }
    std::size_t pattern_used = 0;
    std::size_t segment_used = 0;
    if (p < pattern.size() && match_element(pattern, p, segment, s, pattern_used, segment_used)) {
      p += pattern_used;
      s += segment_used;
      continue;
    }
    if (star_p == std::string_view::npos) return false;
    star_s += char_length(segment, star_s);  // let the last star swallow one more character
    s = star_s;
    p = star_p;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

/// The pattern positions reachable before `at` when a `**` there may match no directory.
void add_with_skips(const std::vector<std::string_view>& pattern, std::size_t at,
                    std::set<std::size_t>& states) {
  states.insert(at);
  while (at < pattern.size() && pattern[at] == any_directories) states.insert(++at);
}

/// Runs the segments through the pattern (an NFA over segment positions) and returns the
/// pattern positions reachable after all of them.
std::set<std::size_t> reachable_states(const std::vector<std::string_view>& pattern,
                                       const std::vector<std::string_view>& segments) {
  std::set<std::size_t> states;
  add_with_skips(pattern, 0, states);
  for (std::string_view segment : segments) {
    std::set<std::size_t> next;
    for (std::size_t at : states) {
      if (at == pattern.size()) continue;
      if (pattern[at] == any_directories) {
        if (!segment.starts_with('.')) add_with_skips(pattern, at, next);
      } else if (segment_matches(pattern[at], segment)) {
        add_with_skips(pattern, at + 1, next);
      }
    }
    states = std::move(next);
    if (states.empty()) break;
  }
  return states;
}

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
  std::vector<std::string_view> segments = split_segments(path);
  std::vector<std::string_view> pattern_parts = pattern_segments(pattern);
  if (segments.empty() || pattern_parts.empty()) return false;
  return reachable_states(pattern_parts, segments).contains(pattern_parts.size());
}

bool any_glob_matches(const std::vector<std::string>& patterns, std::string_view path) {
  for (const std::string& pattern : patterns) {
    if (glob_matches(pattern, path)) return true;
  }
  return false;
}

bool glob_may_match_below(std::string_view pattern, std::string_view directory) {
  std::vector<std::string_view> pattern_parts = pattern_segments(pattern);
  for (std::size_t state : reachable_states(pattern_parts, split_segments(directory))) {
    if (state < pattern_parts.size()) return true;  // a file segment can still follow
  }
  return false;
}

bool any_glob_may_match_below(const std::vector<std::string>& patterns,
                              std::string_view directory) {
  for (const std::string& pattern : patterns) {
    if (glob_may_match_below(pattern, directory)) return true;
  }
  return false;
}

std::optional<std::string> glob_problem(std::string_view pattern) {
  if (split_segments(pattern).empty())
    return "is empty; write a path or a glob like schema/**/*.sql";
  if (pattern.starts_with('/')) {
    return "is absolute; globs are relative to the project directory (the folder holding "
           "driftgate.toml)";
  }
  for (std::string_view segment : split_segments(pattern)) {
    if (segment == "..")
      return "leaves the project directory with '..'; definition files must be inside it";
    for (std::size_t at = 0; at < segment.size(); ++at) {
      if (segment[at] == '\\') {
        ++at;
      } else if (segment[at] == '[' && class_end(segment, at) == std::string_view::npos) {
        return "has a '[' without its closing ']'; write \\[ for a literal bracket";
      }
    }
  }
  return std::nullopt;
}

}  // namespace driftgate::source
