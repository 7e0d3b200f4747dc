#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace driftgate::parse {

/// A relation a query names in FROM or JOIN: `schema` is empty when the query left it to the
/// search_path. CTE names are included (a query cannot tell them from tables by syntax alone).
struct RelationName {
  std::string schema;
  std::string name;

  auto operator<=>(const RelationName&) const = default;
};

/// The relations `query` (a view's SELECT) reads, sorted and without repeats, or nullopt when
/// libpg_query cannot read the text as one query.
std::optional<std::vector<RelationName>> relations_read(std::string_view query);

}  // namespace driftgate::parse
