#include "shadow/shadow_subset.hpp"

#include <map>
#include <set>
#include <string>

#include "diff/shadow_decisions.hpp"
#include "parse/query_relations.hpp"
#include "util/map_find.hpp"

namespace driftgate::shadow {
namespace {

using model::QualifiedName;

/// What of a table the shadow must build. Its columns (names, types, collations, NOT NULL,
/// generation) and partitioning always: they are what expressions and views are analysed
/// against. Defaults, identity, constraints and comments only where an item needs them.
struct TableNeeds {
  std::set<std::string> constraints;  ///< by name
  std::set<std::string> columns;      ///< whose default or identity is to be decided
  bool keys = false;                  ///< its primary key and unique constraints (a kept foreign key references it)
};

/// The tables, views and indexes a set of items needs, with what they depend on.
class Closure {
 public:
  explicit Closure(const model::Catalog& definition) : definition_(definition) {}

  /// Adds the table or view `name` and what it needs; false when a view's text cannot be read.
  bool add_relation(const QualifiedName& name) {
    if (const auto* table = find_value(definition_.tables, name)) {
      if (!tables_.emplace(name, TableNeeds{}).second) return true;
      return !table->partition_of || add_relation(*table->partition_of);
    }
    const auto* view = find_value(definition_.views, name);
    if (view == nullptr || !views_.insert(name).second) return true;
    const auto read = parse::relations_read(view->definition);
    if (!read) return false;
    for (const parse::RelationName& relation : *read) {
      if (!relation.schema.empty()) {
        if (!add_relation({relation.schema, relation.name})) return false;
        continue;
      }
      // Left to the search_path: every relation of that name, whatever its schema.
      if (!add_named(definition_.tables, relation.name) || !add_named(definition_.views, relation.name)) {
        return false;
      }
    }
    return true;
  }

  /// Adds what deciding `item` needs; false when a view's text cannot be read.
  bool add_item(const diff::DriftItem& item) {
    const diff::ObjectId& object = item.object;
    switch (object.kind) {
      case diff::ObjectKind::Table:
      case diff::ObjectKind::View:
      case diff::ObjectKind::MaterializedView: return add_relation({object.schema, object.name});
      case diff::ObjectKind::Column: {
        const QualifiedName table{object.schema, object.table};
        if (!add_relation(table)) return false;
        if (auto* needs = needs_of(table)) needs->columns.insert(object.name);
        return true;
      }
      case diff::ObjectKind::Constraint: {
        const QualifiedName table{object.schema, object.table};
        const auto* found = find_value(definition_.tables, table);
        const auto* constraint = found == nullptr ? nullptr : find_value(found->constraints, object.name);
        if (constraint != nullptr && constraint->foreign_key) {
          if (!add_relation(constraint->foreign_key->ref_table)) return false;
          if (auto* referenced = needs_of(constraint->foreign_key->ref_table)) referenced->keys = true;
        }
        if (!add_relation(table)) return false;
        if (auto* needs = needs_of(table)) needs->constraints.insert(object.name);
        return true;
      }
      case diff::ObjectKind::Index: {
        const QualifiedName name{object.schema, object.name};
        const auto* index = find_value(definition_.indexes, name);
        if (index == nullptr) return true;
        indexes_.insert(name);
        return add_relation(index->table);
      }
      case diff::ObjectKind::Schema:
      case diff::ObjectKind::Extension:
      case diff::ObjectKind::Enum:
      case diff::ObjectKind::Sequence: return true;  // always built
    }
    return true;
  }

  /// The definition narrowed to what was added.
  model::Catalog subset() const {
    model::Catalog result;
    result.schemas = definition_.schemas;
    result.extensions = definition_.extensions;
    result.enums = definition_.enums;
    result.sequences = definition_.sequences;
    for (auto& [name, sequence] : result.sequences) {
      if (sequence.owned_by && tables_.count(sequence.owned_by->table) == 0) sequence.owned_by.reset();
    }
    for (const auto& [name, needs] : tables_) result.tables.emplace(name, built_table(name, needs));
    for (const QualifiedName& name : views_) result.views.emplace(name, definition_.views.at(name));
    // The indexes asked for, and the unique ones a kept foreign key may rely on.
    for (const auto& [name, index] : definition_.indexes) {
      const auto* needs = find_value(tables_, index.table);
      const bool keys = needs != nullptr && needs->keys && index.unique && !index.predicate;
      if (indexes_.count(name) > 0 || keys) result.indexes.emplace(name, index);
    }
    return result;
  }

 private:
  TableNeeds* needs_of(const QualifiedName& table) {
    const auto found = tables_.find(table);
    return found == tables_.end() ? nullptr : &found->second;
  }

  /// The table `name` with only what `needs` asks for besides its columns: every relation a
  /// shadow builds (an index, an identity sequence, a TOAST table) costs files and catalog rows.
  model::Table built_table(const QualifiedName& name, const TableNeeds& needs) const {
    model::Table table = definition_.tables.at(name);
    table.comment.reset();
    for (model::Column& column : table.columns) {
      column.comment.reset();
      if (needs.columns.count(column.name) > 0) continue;
      column.default_expr.reset();
      column.identity = model::IdentityKind::None;
      column.identity_options.reset();
    }
    std::erase_if(table.constraints, [&](const auto& entry) {
      const model::Constraint& constraint = entry.second;
      if (needs.constraints.count(constraint.name) > 0) {
        const auto& key = constraint.foreign_key;
        return key && tables_.count(key->ref_table) == 0;
      }
      const bool is_key = constraint.kind == model::ConstraintKind::PrimaryKey ||
                          constraint.kind == model::ConstraintKind::Unique;
      return !(needs.keys && is_key);
    });
    return table;
  }

  template <typename Objects>
  bool add_named(const Objects& objects, const std::string& name) {
    for (const auto& [qualified, object] : objects) {
      if (qualified.name == name && !add_relation(qualified)) return false;
    }
    return true;
  }

  const model::Catalog& definition_;
  std::map<QualifiedName, TableNeeds> tables_;
  std::set<QualifiedName> views_;
  std::set<QualifiedName> indexes_;
};

template <typename Value>
void keep_names_of(std::map<QualifiedName, Value>& objects, const std::map<QualifiedName, Value>& kept) {
  std::erase_if(objects, [&](const auto& entry) { return kept.count(entry.first) == 0; });
}

}  // namespace

model::Catalog shadow_subset(const model::Catalog& definition,
                             const std::vector<diff::DriftItem>& items) {
  Closure closure(definition);
  for (const diff::DriftItem& item : items) {
    if (diff::needs_shadow(item) && !closure.add_item(item)) return definition;
  }
  return closure.subset();
}

model::Catalog narrowed_to(model::Catalog catalog, const model::Catalog& subset) {
  keep_names_of(catalog.tables, subset.tables);
  keep_names_of(catalog.indexes, subset.indexes);
  keep_names_of(catalog.views, subset.views);
  return catalog;
}

}  // namespace driftgate::shadow
