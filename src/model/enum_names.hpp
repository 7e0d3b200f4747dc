#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/column.hpp"
#include "model/constraint.hpp"
#include "model/table.hpp"

namespace driftgate::model {

/// The lower-case snake_case word for an enumerator, as the JSON form writes it ("by_default").
std::string_view enum_name(IdentityKind value);
/// The JSON word for a constraint kind ("primary_key", "foreign_key", …).
std::string_view enum_name(ConstraintKind value);
/// The JSON word for a referential action ("no_action", "set_null", …).
std::string_view enum_name(ReferentialAction value);
/// The JSON word for a foreign key's MATCH type ("simple", "full", "partial").
std::string_view enum_name(MatchType value);
/// The JSON word for a table kind ("ordinary", "partitioned", "partition").
std::string_view enum_name(TableKind value);

/// The enumerator of `Enum` whose enum_name() is `word`, or nullopt.
template <typename Enum>
std::optional<Enum> enum_from_name(std::string_view word);

/// Every enum_name() of `Enum`, comma-separated in declaration order, for error messages.
template <typename Enum>
std::string enum_name_list();

}  // namespace driftgate::model
