#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pg_query/pg_query.pb-c.h>

namespace driftgate::parse {

/// A repeated node field (`PgQuery__Node** items` + count) as a range for range-for loops.
struct NodeList {
  PgQuery__Node* const* items = nullptr;
  std::size_t size = 0;

  PgQuery__Node* const* begin() const { return items; }
  PgQuery__Node* const* end() const { return items + size; }
  bool empty() const { return size == 0; }
  const PgQuery__Node* operator[](std::size_t i) const { return items[i]; }
  const PgQuery__Node* back() const { return items[size - 1]; }
};

/// `NodeList` over a protobuf-c repeated field.
inline NodeList nodes(PgQuery__Node* const* items, std::size_t size) { return {items, size}; }

/// The text of a String node (empty for any other node).
std::string_view string_value(const PgQuery__Node* node);

/// The texts of a list of String nodes (`any_name`, column lists, qualified names).
std::vector<std::string> string_values(NodeList list);

/// The items of a List node (empty for any other node).
NodeList list_items(const PgQuery__Node* node);

/// The value of an Integer, Float (big integer literal) or integer A_Const node.
std::optional<std::int64_t> integer_value(const PgQuery__Node* node);

/// A protobuf-c string field as a view (never null).
inline std::string_view text_of(const char* field) { return field == nullptr ? "" : field; }

/// A readable name of a statement node's kind (`CREATE FUNCTION`, or the parse-tree node name).
std::string statement_kind_name(const PgQuery__Node* node);

}  // namespace driftgate::parse
