#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "introspect/introspect_state.hpp"

namespace driftgate::introspect {

/// The text of `row[column]` ("" for NULL).
std::string text_field(const pqxx::row& row, const char* column);
/// The text of `row[column]`, or nullopt for NULL.
std::optional<std::string> optional_field(const pqxx::row& row, const char* column);
/// A boolean column (NULL reads as false).
bool bool_field(const pqxx::row& row, const char* column);
/// An integer column.
std::int64_t int_field(const pqxx::row& row, const char* column);
/// An oid column (0 for NULL).
Oid oid_field(const pqxx::row& row, const char* column);
/// A list of numbers as PostgreSQL prints vectors and arrays of them (`1 0 3`, `{16,23}`);
/// empty for NULL.
std::vector<std::int64_t> numbers_field(const pqxx::row& row, const char* column);
/// A JSON array of names (`["id","Name"]`), as the queries give column lists.
std::vector<std::string> names_field(const pqxx::row& row, const char* column);

}  // namespace driftgate::introspect
