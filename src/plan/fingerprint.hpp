#pragma once

#include <string>

#include "model/catalog.hpp"

namespace driftgate::plan {

/// A fingerprint of a live schema: `sha1:` and the hash of the model's canonical JSON (without
/// source locations). Equal schemas give equal fingerprints; any change to an object or
/// attribute driftgate models gives another. A plan records it; apply --plan refuses to run
/// when the database's fingerprint differs.
std::string schema_fingerprint(const model::Catalog& catalog);

}  // namespace driftgate::plan
