#include "introspect/row_fields.hpp"

#include <charconv>
#include <stdexcept>
#include <string_view>

#include <nlohmann/json.hpp>

namespace driftgate::introspect {

std::string text_field(const pqxx::row& row, const char* column) {
  const auto field = row[column];
  return field.is_null() ? std::string() : std::string(field.c_str(), field.size());
}

std::optional<std::string> optional_field(const pqxx::row& row, const char* column) {
  const auto field = row[column];
  if (field.is_null()) return std::nullopt;
  return std::string(field.c_str(), field.size());
}

bool bool_field(const pqxx::row& row, const char* column) {
  const auto field = row[column];
  return !field.is_null() && field.as<bool>();
}

std::int64_t int_field(const pqxx::row& row, const char* column) {
  return row[column].as<std::int64_t>();
}

Oid oid_field(const pqxx::row& row, const char* column) {
  const auto field = row[column];
  return field.is_null() ? 0 : field.as<Oid>();
}

std::vector<std::int64_t> numbers_field(const pqxx::row& row, const char* column) {
  const auto field = row[column];
  std::vector<std::int64_t> numbers;
  if (field.is_null()) return numbers;
  std::string_view text(field.c_str(), field.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '-' || (text[i] >= '0' && text[i] <= '9')) {
      std::int64_t value = 0;
      auto [end, error] = std::from_chars(text.data() + i, text.data() + text.size(), value);
      if (error != std::errc())
        throw std::runtime_error("unexpected number list: " + std::string(text));
      numbers.push_back(value);
      i = static_cast<std::size_t>(end - text.data());
    } else {
      ++i;  // separators: space, comma, braces
    }
  }
  return numbers;
}

std::vector<std::string> names_field(const pqxx::row& row, const char* column) {
  const auto field = row[column];
  if (field.is_null()) return {};
  return nlohmann::json::parse(field.c_str()).get<std::vector<std::string>>();
}

}  // namespace driftgate::introspect
