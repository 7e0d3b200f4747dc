#pragma once

#include <string>

#include "model/catalog.hpp"

namespace driftgate::plan {

/// `CREATE TYPE … AS ENUM (…)` inside a DO block that skips it when a type of that name
/// already exists (PostgreSQL has no CREATE TYPE IF NOT EXISTS).
std::string create_enum_if_absent_sql(const model::EnumType& enum_type);

/// `ALTER TABLE … ADD CONSTRAINT …` inside a DO block that skips it when the table already has
/// a constraint of that name.
std::string add_constraint_if_absent_sql(const model::QualifiedName& table,
                                         const model::Constraint& constraint);

}  // namespace driftgate::plan
