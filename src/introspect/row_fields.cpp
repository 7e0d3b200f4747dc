#include "introspect/row_fields.hpp"

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

std::vector<std::string> names_field(const pqxx::row& row, const char* column) {
  const auto field = row[column];
  if (field.is_null()) return {};
  return nlohmann::json::parse(field.c_str()).get<std::vector<std::string>>();
}

}  // namespace driftgate::introspect
