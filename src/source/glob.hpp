#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace driftgate::source {

// Path globs for definition files, matched against '/'-separated paths relative to the project
// directory:
//   **          any number of whole directories, including none (`schema/**/*.sql`)
//   *  ?        any run of characters / one character within one path segment
//   [abc] [a-z] [!x]   one character from (or, with `!`, not from) a class
//   \c          the character c itself
// As in the shell, a segment starting with '.' (a hidden file or directory) is matched only by a
// pattern segment that starts with a literal '.'. A pattern ending in '/' names a directory and
// matches every file below it. Leading "./" and repeated slashes are ignored.

/// Whether `path` (a file path relative to the project directory) matches `pattern`.
bool glob_matches(std::string_view pattern, std::string_view path);

/// Whether any of `patterns` matches `path`.
bool any_glob_matches(const std::vector<std::string>& patterns, std::string_view path);

/// Whether some file below directory `directory` (relative, no trailing slash; "" is the top)
/// could match `pattern`: lets a directory walk skip subtrees no pattern can reach.
bool glob_may_match_below(std::string_view pattern, std::string_view directory);

/// Whether some file below `directory` could match any of `patterns`.
bool any_glob_may_match_below(const std::vector<std::string>& patterns, std::string_view directory);

/// What is wrong with `pattern` as a definition glob (empty, absolute, `..`, an unclosed `[`),
/// or nothing when it is usable.
std::optional<std::string> glob_problem(std::string_view pattern);

}  // namespace driftgate::source
