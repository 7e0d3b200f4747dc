#pragma once

#include <string>

#include "introspect/introspect.hpp"
#include "model/catalog.hpp"
#include "support/test_database.hpp"

namespace driftgate::test {

/// `db` introspected with `options`.
model::Catalog introspect_db(const TestDatabase& db,
                             const introspect::IntrospectOptions& options = {});

/// The table `schema.name` of `catalog`; fails the test when it is not there.
const model::Table& table_in(const model::Catalog& catalog, const std::string& schema,
                             const std::string& name);

/// The column `name` of `table`; fails the test when it is not there.
const model::Column& column_in(const model::Table& table, const std::string& name);

/// The constraint `name` of `table`; fails the test when it is not there.
const model::Constraint& constraint_in(const model::Table& table, const std::string& name);

/// The index `schema.name` of `catalog`; fails the test when it is not there.
const model::Index& index_in(const model::Catalog& catalog, const std::string& schema,
                             const std::string& name);

/// A connection URI for `db` as `user` (no password: the test cluster trusts local users).
std::string url_as(const TestDatabase& db, const std::string& user);

}  // namespace driftgate::test
