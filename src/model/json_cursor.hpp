#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace driftgate::model {

/// A position inside a JSON document being read: the value, its JSON Pointer path and the file
/// it came from. Every accessor checks the shape it expects and throws an input Error naming the
/// file, the path and what was expected, so a bad snapshot never crashes a reader.
class JsonCursor {
 public:
  /// The document root of `origin`.
  JsonCursor(const nlohmann::json& root, const std::string& origin);

  /// The JSON Pointer of this value ("" for the root).
  const std::string& path() const { return path_; }
  /// True when the value is JSON null.
  bool is_null() const;

  /// Requires an object whose keys are exactly `keys`: a missing or unknown key is an error.
  void expect_keys(std::initializer_list<std::string_view> keys) const;
  /// The member `key` of an object (which must exist).
  JsonCursor field(std::string_view key) const;
  /// True when the value is an object that has member `key`.
  bool has_field(std::string_view key) const;
  /// The number of elements of an array.
  std::size_t size() const;
  /// Element `index` of an array.
  JsonCursor element(std::size_t index) const;

  /// A string value.
  std::string string() const;
  /// A string that must not be empty (names, types).
  std::string name() const;
  /// A string or null.
  std::optional<std::string> optional_string() const;
  /// An array of strings.
  std::vector<std::string> strings() const;
  /// A boolean.
  bool boolean() const;
  /// An integer that fits in 64 signed bits.
  std::int64_t int64() const;
  /// An integer from 0 to INT_MAX (lines, columns).
  int non_negative_int() const;

  /// Throws the input Error for this position: "`origin`: `path`: expected …, found …".
  [[noreturn]] void fail_expected(const std::string& expected) const;
  /// Throws an input Error for this position with a free-form problem description.
  [[noreturn]] void fail(const std::string& problem) const;

 private:
  JsonCursor(const nlohmann::json& value, std::string path, const std::string& origin);
  std::string found() const;

  const nlohmann::json* value_;
  std::string path_;
  const std::string* origin_;
};

}  // namespace driftgate::model
