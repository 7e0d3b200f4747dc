#include "alembic/consistency.hpp"

#include "diff/diff_catalogs.hpp"

namespace driftgate::alembic {
namespace {

/// Where `catalog` defines `object` (empty when it does not).
model::SourceLocation object_location(const model::Catalog& catalog, const diff::ObjectId& object) {
  using diff::ObjectKind;
  const model::QualifiedName name{object.schema, object.kind == ObjectKind::Column || object.kind == ObjectKind::Constraint
                                                     ? object.table
                                                     : object.name};
  switch (object.kind) {
    case ObjectKind::Table:
    case ObjectKind::Column:
    case ObjectKind::Constraint: {
      auto table = catalog.tables.find(name);
      if (table == catalog.tables.end()) return {};
      if (object.kind == ObjectKind::Table) return table->second.location;
      if (object.kind == ObjectKind::Column) {
        const model::Column* column = table->second.find_column(object.name);
        return column != nullptr ? column->location : model::SourceLocation{};
      }
      auto constraint = table->second.constraints.find(object.name);
      return constraint != table->second.constraints.end() ? constraint->second.location : model::SourceLocation{};
    }
    case ObjectKind::Index: {
      auto index = catalog.indexes.find(name);
      return index != catalog.indexes.end() ? index->second.location : model::SourceLocation{};
    }
    case ObjectKind::Enum: {
      auto found = catalog.enums.find(name);
      return found != catalog.enums.end() ? found->second.location : model::SourceLocation{};
    }
    case ObjectKind::Sequence: {
      auto found = catalog.sequences.find(name);
      return found != catalog.sequences.end() ? found->second.location : model::SourceLocation{};
    }
    default:
      return {};
  }
}

ConsistencyCategory category_of(diff::DriftKind kind) {
  switch (kind) {
    case diff::DriftKind::Missing: return ConsistencyCategory::Undocumented;
    case diff::DriftKind::Unexpected: return ConsistencyCategory::StaleDocumentation;
    case diff::DriftKind::Changed: return ConsistencyCategory::Differs;
    case diff::DriftKind::Uncompared: return ConsistencyCategory::Uncompared;
  }
  return ConsistencyCategory::Differs;
}

/// The level of an item under loose strictness: what the team's rule ("document every table and
/// column") demands is an error; what documentation often leaves loose warns; the rest informs.
diff::Severity loose_level(const diff::DriftItem& item) {
  using diff::ObjectKind;
  const ObjectKind kind = item.object.kind;
  if (item.kind == diff::DriftKind::Uncompared) return diff::Severity::Info;
  if ((kind == ObjectKind::Table || kind == ObjectKind::Column) &&
      (item.kind == diff::DriftKind::Missing || item.kind == diff::DriftKind::Unexpected)) {
    return diff::Severity::Error;
  }
  if (kind == ObjectKind::Column &&
      (item.attribute == diff::Attribute::Type || item.attribute == diff::Attribute::Nullability)) {
    return diff::Severity::Warning;
  }
  if (kind == ObjectKind::Index) return diff::Severity::Warning;
  return diff::Severity::Info;
}

}  // namespace

std::vector<ConsistencyItem> check_consistency(const model::Catalog& definition, const model::Catalog& documented,
                                               const normalize::ExpressionComparator& comparator,
                                               Strictness strictness) {
  std::vector<ConsistencyItem> items;
  for (diff::DriftItem& item : diff::diff_catalogs(definition, documented, comparator, diff::DiffOptions{})) {
    ConsistencyItem entry;
    entry.category = category_of(item.kind);
    entry.level = strictness == Strictness::Strict && item.kind != diff::DriftKind::Uncompared ? diff::Severity::Error
                                                                                               : loose_level(item);
    entry.documented_at = object_location(documented, item.object);
    item.severity = entry.level;
    entry.item = std::move(item);
    items.push_back(std::move(entry));
  }
  return items;
}

std::string_view category_name(ConsistencyCategory category) {
  switch (category) {
    case ConsistencyCategory::Undocumented: return "undocumented";
    case ConsistencyCategory::StaleDocumentation: return "stale_documentation";
    case ConsistencyCategory::Differs: return "differs";
    case ConsistencyCategory::Uncompared: return "uncompared";
  }
  return "differs";
}

}  // namespace driftgate::alembic
