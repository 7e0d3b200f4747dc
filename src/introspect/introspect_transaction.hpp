#pragma once

#include "introspect/introspect.hpp"
#include "introspect/schema_filter.hpp"
#include "model/catalog.hpp"

namespace pqxx {
class transaction_base;
}  // namespace pqxx

namespace driftgate::introspect {

/// The database seen by the open transaction `tx` as a model, so apply can introspect inside
/// its own transaction. Sets search_path to pg_catalog for the duration (the model's convention
/// for type and expression text) and restores it afterwards; timeouts and isolation are the
/// caller's. Adds what it sent to `stats.queries_sent`. Throws an Error with
/// ExitCode::Environment when the catalog cannot be read.
model::Catalog introspect_transaction(pqxx::transaction_base& tx, const SchemaFilter& schemas,
                                      IntrospectStats& stats);

}  // namespace driftgate::introspect
