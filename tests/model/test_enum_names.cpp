#include <catch2/catch.hpp>

#include "model/enum_names.hpp"

using namespace driftgate::model;

namespace {
template <typename Enum>
void check_round_trip(std::initializer_list<Enum> values) {
  for (Enum value : values) {
    INFO(enum_name(value));
    CHECK(enum_from_name<Enum>(enum_name(value)) == value);
  }
}
}  // namespace

TEST_CASE("enum_name and enum_from_name are inverse for every enumerator", "[model]") {
  check_round_trip({IdentityKind::None, IdentityKind::Always, IdentityKind::ByDefault});
  check_round_trip({ConstraintKind::PrimaryKey, ConstraintKind::Unique, ConstraintKind::ForeignKey,
                    ConstraintKind::Check, ConstraintKind::Exclusion});
  check_round_trip({ReferentialAction::NoAction, ReferentialAction::Restrict,
                    ReferentialAction::Cascade, ReferentialAction::SetNull,
                    ReferentialAction::SetDefault});
  check_round_trip({MatchType::Simple, MatchType::Full, MatchType::Partial});
  check_round_trip({TableKind::Ordinary, TableKind::Partitioned, TableKind::Partition});
}

TEST_CASE("enum names are lower-case snake_case words", "[model]") {
  CHECK(enum_name(IdentityKind::ByDefault) == "by_default");
  CHECK(enum_name(ConstraintKind::PrimaryKey) == "primary_key");
  CHECK(enum_name(ReferentialAction::NoAction) == "no_action");
  CHECK(enum_name(ReferentialAction::SetDefault) == "set_default");
  CHECK(enum_name(MatchType::Full) == "full");
  CHECK(enum_name(TableKind::Partitioned) == "partitioned");
}

TEST_CASE("enum_from_name refuses unknown or differently written words", "[model]") {
  CHECK_FALSE(enum_from_name<ConstraintKind>("PRIMARY_KEY").has_value());
  CHECK_FALSE(enum_from_name<ConstraintKind>("primary key").has_value());
  CHECK_FALSE(enum_from_name<IdentityKind>("").has_value());
  CHECK(enum_name_list<MatchType>() == "simple, full, partial");
  CHECK(enum_name_list<ReferentialAction>() ==
        "no_action, restrict, cascade, set_null, set_default");
}
