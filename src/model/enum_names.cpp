#include "model/enum_names.hpp"

#include <array>
#include <type_traits>
#include <utility>

namespace driftgate::model {
namespace {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

constexpr NameTable<IdentityKind, 3> identity_kind_names = {{
    {IdentityKind::None, "none"},
    {IdentityKind::Always, "always"},
    {IdentityKind::ByDefault, "by_default"},
}};

constexpr NameTable<ConstraintKind, 5> constraint_kind_names = {{
    {ConstraintKind::PrimaryKey, "primary_key"},
    {ConstraintKind::Unique, "unique"},
    {ConstraintKind::ForeignKey, "foreign_key"},
    {ConstraintKind::Check, "check"},
    {ConstraintKind::Exclusion, "exclusion"},
}};

constexpr NameTable<ReferentialAction, 5> referential_action_names = {{
    {ReferentialAction::NoAction, "no_action"},
    {ReferentialAction::Restrict, "restrict"},
    {ReferentialAction::Cascade, "cascade"},
    {ReferentialAction::SetNull, "set_null"},
    {ReferentialAction::SetDefault, "set_default"},
}};

constexpr NameTable<MatchType, 3> match_type_names = {{
    {MatchType::Simple, "simple"},
    {MatchType::Full, "full"},
    {MatchType::Partial, "partial"},
}};

constexpr NameTable<TableKind, 3> table_kind_names = {{
    {TableKind::Ordinary, "ordinary"},
    {TableKind::Partitioned, "partitioned"},
    {TableKind::Partition, "partition"},
}};

template <typename Enum>
constexpr const auto& table_for() {
  if constexpr (std::is_same_v<Enum, IdentityKind>) {
    return identity_kind_names;
  } else if constexpr (std::is_same_v<Enum, ConstraintKind>) {
    return constraint_kind_names;
  } else if constexpr (std::is_same_v<Enum, ReferentialAction>) {
    return referential_action_names;
  } else if constexpr (std::is_same_v<Enum, MatchType>) {
    return match_type_names;
  } else {
    static_assert(std::is_same_v<Enum, TableKind>, "an enum without a name table");
    return table_kind_names;
  }
}

template <typename Enum>
std::string_view name_of(Enum value) {
  for (const auto& [enumerator, word] : table_for<Enum>()) {
    if (enumerator == value) return word;
  }
  return "unknown";
}

}  // namespace

std::string_view enum_name(IdentityKind value) { return name_of(value); }
std::string_view enum_name(ConstraintKind value) { return name_of(value); }
std::string_view enum_name(ReferentialAction value) { return name_of(value); }
std::string_view enum_name(MatchType value) { return name_of(value); }
std::string_view enum_name(TableKind value) { return name_of(value); }

template <typename Enum>
std::optional<Enum> enum_from_name(std::string_view word) {
  for (const auto& [enumerator, name] : table_for<Enum>()) {
    if (name == word) return enumerator;
  }
  return std::nullopt;
}

template <typename Enum>
std::string enum_name_list() {
  std::string list;
  for (const auto& [enumerator, name] : table_for<Enum>()) {
    if (!list.empty()) list += ", ";
    list += name;
  }
  return list;
}

template std::optional<IdentityKind> enum_from_name<IdentityKind>(std::string_view);
template std::optional<ConstraintKind> enum_from_name<ConstraintKind>(std::string_view);
template std::optional<ReferentialAction> enum_from_name<ReferentialAction>(std::string_view);
template std::optional<MatchType> enum_from_name<MatchType>(std::string_view);
template std::optional<TableKind> enum_from_name<TableKind>(std::string_view);
template std::string enum_name_list<IdentityKind>();
template std::string enum_name_list<ConstraintKind>();
template std::string enum_name_list<ReferentialAction>();
template std::string enum_name_list<MatchType>();
template std::string enum_name_list<TableKind>();

}  // namespace driftgate::model
