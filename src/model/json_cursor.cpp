#include "model/json_cursor.hpp"

#include <algorithm>
#include <limits>

#include <nlohmann/json.hpp>

#include "util/error.hpp"

namespace driftgate::model {
namespace {

// A JSON Pointer reference token: `~` and `/` escaped as RFC 6901 says.
std::string pointer_token(std::string_view key) {
  std::string token;
  for (char ch : key) {
    if (ch == '~') {
      token += "~0";
    } else if (ch == '/') {
      token += "~1";
    } else {
      token += ch;
    }
  }
  return token;
}

constexpr std::string_view snapshot_hint =
    " (a model snapshot is written by `driftgate inspect SOURCE --format json`; write it again)";

}  // namespace

JsonCursor::JsonCursor(const nlohmann::json& root, const std::string& origin)
    : value_(&root), origin_(&origin) {}

JsonCursor::JsonCursor(const nlohmann::json& value, std::string path, const std::string& origin)
    : value_(&value), path_(std::move(path)), origin_(&origin) {}

bool JsonCursor::is_null() const { return value_->is_null(); }

std::string JsonCursor::found() const {
  switch (value_->type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      return "the integer " + value_->dump();
    case nlohmann::json::value_t::number_float:
      return "the number " + value_->dump();
    case nlohmann::json::value_t::string: {
      const auto& text = value_->get_ref<const std::string&>();
      if (text.empty()) return "an empty string";
      if (text.size() > 40) return "a string";
      return "the string " + value_->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
      break;
  }
  return "something else";
}

void JsonCursor::fail(const std::string& problem) const {
  throw input_error(*origin_ + ": " + (path_.empty() ? "/" : path_) + ": " + problem +
                    std::string(snapshot_hint));
}

void JsonCursor::fail_expected(const std::string& expected) const {
  fail("expected " + expected + ", found " + found());
}

void JsonCursor::expect_keys(std::initializer_list<std::string_view> keys) const {
  if (!value_->is_object()) fail_expected("an object");
  for (std::string_view key : keys) {
    if (!value_->contains(key)) fail("missing key \"" + std::string(key) + "\"");
  }
  for (const auto& item : value_->items()) {
    if (std::find(keys.begin(), keys.end(), item.key()) == keys.end()) {
      std::string known;
      for (std::string_view key : keys) known += (known.empty() ? "" : ", ") + std::string(key);
      fail("unexpected key \"" + item.key() + "\" (the keys here are: " + known + ")");
    }
  }
}

bool JsonCursor::has_field(std::string_view key) const {
  return value_->is_object() && value_->contains(key);
}

JsonCursor JsonCursor::field(std::string_view key) const {
  if (!value_->is_object()) fail_expected("an object");
  auto found_member = value_->find(key);
  if (found_member == value_->end()) fail("missing key \"" + std::string(key) + "\"");
  return JsonCursor(*found_member, path_ + "/" + pointer_token(key), *origin_);
}

std::size_t JsonCursor::size() const {
  if (!value_->is_array()) fail_expected("an array");
  return value_->size();
}

JsonCursor JsonCursor::element(std::size_t index) const {
  if (!value_->is_array()) fail_expected("an array");
  if (index >= value_->size()) fail("has no element " + std::to_string(index));
  return JsonCursor((*value_)[index], path_ + "/" + std::to_string(index), *origin_);
}

std::string JsonCursor::string() const {
  if (!value_->is_string()) fail_expected("a string");
  return value_->get<std::string>();
}

std::string JsonCursor::name() const {
  if (!value_->is_string() || value_->get_ref<const std::string&>().empty()) {
    fail_expected("a non-empty string");
  }
  return value_->get<std::string>();
}

std::optional<std::string> JsonCursor::optional_string() const {
  if (value_->is_null()) return std::nullopt;
  if (!value_->is_string()) fail_expected("a string or null");
  return value_->get<std::string>();
}

std::vector<std::string> JsonCursor::strings() const {
  if (!value_->is_array()) fail_expected("an array of strings");
  std::vector<std::string> result;
  for (std::size_t i = 0; i < value_->size(); ++i) result.push_back(element(i).string());
  return result;
}

bool JsonCursor::boolean() const {
  if (!value_->is_boolean()) fail_expected("true or false");
  return value_->get<bool>();
}

std::int64_t JsonCursor::int64() const {
  if (value_->is_number_integer() && !value_->is_number_unsigned()) {
    return value_->get<std::int64_t>();
  }
  if (value_->is_number_unsigned() &&
      value_->get<std::uint64_t>() <=
          static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return static_cast<std::int64_t>(value_->get<std::uint64_t>());
  }
  fail_expected("an integer between -9223372036854775808 and 9223372036854775807");
}

int JsonCursor::non_negative_int() const {
  const std::string expected = "an integer between 0 and 2147483647";
  if (!value_->is_number_integer()) fail_expected(expected);
  if (value_->is_number_unsigned()) {
    if (value_->get<std::uint64_t>() >
        static_cast<std::uint64_t>(std::numeric_limits<int>::max())) {
      fail_expected(expected);
    }
    return static_cast<int>(value_->get<std::uint64_t>());
  }
  const std::int64_t number = value_->get<std::int64_t>();
  if (number < 0 || number > std::numeric_limits<int>::max()) fail_expected(expected);
  return static_cast<int>(number);
}

}  // namespace driftgate::model
