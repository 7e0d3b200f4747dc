#pragma once

#include <functional>
#include <string>

#include "model/catalog.hpp"

namespace driftgate::model {

/// Removes from `catalog` every schema `admits` rejects and every object living in one (enums,
/// sequences, tables, indexes, views, and extensions created in it; pg_catalog's extensions stay), as introspection's schema
/// filter does: a filter narrows both sides of a comparison alike.
void keep_schemas(Catalog& catalog, const std::function<bool(const std::string&)>& admits);

}  // namespace driftgate::model
