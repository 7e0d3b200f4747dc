#pragma once

#include <vector>

#include "diff/drift_item.hpp"
#include "model/catalog.hpp"

namespace driftgate::shadow {

/// The part of `definition` a shadow database must build to decide the items diff::needs_shadow
/// picks from `items`: their tables, indexes and views, the relations those views read
/// (transitively), a partition's parents, a foreign key's referenced table (with its keys), and
/// every schema, extension, enum and sequence (they are few and cheap). A table is built with
/// its columns and partitioning, but only the constraints, defaults and identities items are
/// about; comments never. Everything else of the definition is left out, so the shadow's cost
/// follows what needs deciding, not the size of the definition. The ownership of a sequence by
/// a table left out is dropped. When a view's text cannot be read, the whole definition is
/// returned.
model::Catalog shadow_subset(const model::Catalog& definition,
                             const std::vector<diff::DriftItem>& items);

/// `catalog` without the tables, indexes and views that `subset` does not have: the target
/// narrowed to what the shadow built, so comparing the two lists only the objects decided.
model::Catalog narrowed_to(model::Catalog catalog, const model::Catalog& subset);

}  // namespace driftgate::shadow
