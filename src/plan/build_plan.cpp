#include "plan/build_plan.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "diff/alter_sql.hpp"
#include "diff/fix_statements.hpp"
#include "model/ddl.hpp"
#include "plan/guarded_sql.hpp"
#include "plan/locks.hpp"
#include "util/map_find.hpp"

namespace driftgate::plan {
namespace {

using diff::Attribute;
using diff::DriftItem;
using diff::DriftKind;
using diff::ObjectKind;
using model::Existing;
using model::QualifiedName;


QualifiedName object_name(const diff::ObjectId& object) { return {object.schema, object.name}; }
QualifiedName table_of(const diff::ObjectId& object) { return {object.schema, object.table}; }

ChangeClass change_class(diff::SafetyClass safety) {
  switch (safety) {
    case diff::SafetyClass::Additive: return ChangeClass::Create;
    case diff::SafetyClass::Alters: return ChangeClass::Alter;
    case diff::SafetyClass::Destroys: return ChangeClass::Drop;
  }
  return ChangeClass::Alter;
}

// The phase a changed object's fix runs in.
Phase object_phase(const diff::ObjectId& object, const model::Catalog& expected) {
  switch (object.kind) {
    case ObjectKind::Schema: return Phase::Schemas;
    case ObjectKind::Extension: return Phase::Extensions;
    case ObjectKind::Enum: return Phase::Types;
    case ObjectKind::Sequence: return Phase::Sequences;
    case ObjectKind::Table: return Phase::Tables;
    case ObjectKind::Column: return Phase::Columns;
    case ObjectKind::Constraint: {
      const model::Table* table = find_value(expected.tables, table_of(object));
      const model::Constraint* constraint =
          table == nullptr ? nullptr : find_value(table->constraints, object.name);
      return constraint != nullptr && constraint->kind == model::ConstraintKind::ForeignKey
                 ? Phase::ForeignKeys
                 : Phase::Constraints;
    }
    case ObjectKind::Index: return Phase::Indexes;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return Phase::Views;
  }
  return Phase::Tables;
}

// Among drops: what depends on others goes first.
int drop_rank(ObjectKind kind) {
  switch (kind) {
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return 0;
    case ObjectKind::Index: return 1;
    case ObjectKind::Constraint: return 2;
    case ObjectKind::Column: return 3;
    case ObjectKind::Table: return 4;
    case ObjectKind::Sequence: return 5;
    case ObjectKind::Enum: return 6;
    case ObjectKind::Extension: return 7;
    case ObjectKind::Schema: return 8;
  }
  return 4;
}

/// Collects the steps for one plan.
class StepBuilder {
 public:
  StepBuilder(const model::Catalog& expected, const model::Catalog& actual,
              const PlanOptions& options, Plan& plan)
      : expected_(expected), actual_(actual), options_(options), plan_(plan) {}

  void add_item(const DriftItem& item) {
    if (item.kind == DriftKind::Uncompared) {
      plan_.not_planned.push_back(item);
      return;
    }
    if (item.kind == DriftKind::Missing) {
      add_missing(item);
      return;
    }
    if (item.kind == DriftKind::Changed && item.attribute == Attribute::EnumLabels &&
        item.safety == diff::SafetyClass::Additive) {
      add_enum_labels(item);
      return;
    }
    if (item.fix_sql.empty()) {
      plan_.not_planned.push_back(item);
      return;
    }
    const ChangeClass change = change_class(item.safety);
    const Phase phase = item.kind == DriftKind::Unexpected ? Phase::Drops
                        : item.attribute == Attribute::Comment
                            ? Phase::Comments
                            : object_phase(item.object, expected_);
    for (const std::string& sql : item.fix_sql) {
      add(item, change, phase, sql, lock_of_fix(item));
    }
  }

 private:
  // The lock a fix of an existing object takes.
  std::string lock_of_fix(const DriftItem& item) const {
    switch (item.object.kind) {
      case ObjectKind::Schema:
      case ObjectKind::Extension:
      case ObjectKind::Enum:
      case ObjectKind::Sequence: return "";
      case ObjectKind::Constraint:
        return object_phase(item.object, expected_) == Phase::ForeignKeys ? kShareRowExclusive
                                                                            : kAccessExclusive;
      default:
        return item.attribute == Attribute::Comment ? kShareUpdateExclusive : kAccessExclusive;
    }
  }

  bool target_has_table(const QualifiedName& table) const {
    return actual_.tables.count(table) > 0 || actual_.views.count(table) > 0;
  }

  Step& add(const DriftItem& item, ChangeClass change, Phase phase, std::string sql,
            std::string lock) {
    Step step;
    step.change = change;
    step.phase = phase;
    step.sql = std::move(sql);
    step.lock = std::move(lock);
    step.object = item.object;
    step.display_name = item.display_name;
    step.fixes = fixes_text(item);
    step.item_kind = item.kind;
    step.attribute = item.attribute;
    step.location = item.location;
    step.allowed = change == ChangeClass::Create ||
                   (change == ChangeClass::Alter && options_.allow_alter) ||
                   (change == ChangeClass::Drop && options_.allow_drop);
    plan_.steps.push_back(std::move(step));
    return plan_.steps.back();
  }

  void add_comment(const DriftItem& item, const std::optional<std::string>& sql,
                   const std::string& lock = "") {
    if (sql) add(item, ChangeClass::Create, Phase::Comments, *sql, lock).comment = true;
  }

  void add_enum_labels(const DriftItem& item) {
    const model::EnumType* expected = find_value(expected_.enums, object_name(item.object));
    const model::EnumType* actual = find_value(actual_.enums, object_name(item.object));
    if (expected == nullptr || actual == nullptr) return;
    for (const std::string& sql : diff::add_enum_labels(*expected, *actual, Existing::Skip)) {
      add(item, ChangeClass::Create, Phase::Types, sql, "");
    }
  }

  // Whether a foreign key of the definition references exactly `index`'s columns: PostgreSQL
  // accepts a unique index as the referenced key, so it must exist before the key is added.
  bool referenced_by_foreign_key(const model::Index& index) const {
    if (!index.unique || index.predicate) return false;
    std::vector<std::string> columns;
    for (const auto& key : index.keys) {
      if (key.is_expression) return false;
      columns.push_back(key.element);
    }
    std::sort(columns.begin(), columns.end());
    for (const auto& [name, table] : expected_.tables) {
      for (const auto& [constraint_name, constraint] : table.constraints) {
        if (!constraint.foreign_key || constraint.foreign_key->ref_table != index.table) continue;
        std::vector<std::string> referenced = constraint.foreign_key->ref_columns;
        std::sort(referenced.begin(), referenced.end());
        if (referenced == columns) return true;
      }
    }
    return false;
  }

  void add_index(const DriftItem& item, const model::Index& index, Phase phase) {
    const bool existing_table = target_has_table(index.table);
    const bool concurrent =
        existing_table && options_.concurrent_indexes && !referenced_by_foreign_key(index);
    Step& step = add(item, ChangeClass::Create, phase,
                     model::create_index_sql(index, Existing::Skip,
                                             concurrent ? model::IndexBuild::Concurrent
                                                        : model::IndexBuild::Blocking),
                     !existing_table ? "" : concurrent ? kShareUpdateExclusive : kShare);
    step.concurrent = concurrent;
    step.object = diff::ObjectId{ObjectKind::Index, index.name.schema, "", index.name.name};
    add_comment(item, model::comment_sql(index));
  }

  void add_constraint(const DriftItem& item, const QualifiedName& table,
                      const model::Constraint& constraint, bool new_table) {
    const bool foreign_key = constraint.kind == model::ConstraintKind::ForeignKey;
    std::string lock = foreign_key ? kShareRowExclusive : new_table ? "" : kAccessExclusive;
    add(item, ChangeClass::Create, foreign_key ? Phase::ForeignKeys : Phase::Constraints,
        add_constraint_if_absent_sql(table, constraint), lock);
    add_comment(item, model::comment_sql(table, constraint));
  }

  void add_table(const DriftItem& item, const model::Table& table) {
    const bool under_existing_parent =
        table.partition_of && actual_.tables.count(*table.partition_of) > 0;
    add(item, ChangeClass::Create, Phase::Tables, model::create_table_sql(table, Existing::Skip),
        under_existing_parent ? kAccessExclusive : "");
    for (const auto& [name, constraint] : table.constraints) {
      if (model::constraint_placement(constraint) == model::ConstraintPlacement::AfterTables) {
        add_constraint(item, table.name, constraint, true);
      }
    }
    for (const auto& [name, index] : expected_.indexes) {
      if (index.table == table.name) add_index(item, index, Phase::Indexes);
    }
    add_comment(item, model::comment_sql(table));
    for (const auto& column : table.columns) add_comment(item, model::comment_sql(table.name, column));
    for (const auto& [name, constraint] : table.constraints) {
      add_comment(item, model::comment_sql(table.name, constraint));
    }
  }

  void add_view(const DriftItem& item, const model::View& view) {
    add(item, ChangeClass::Create, Phase::Views, model::create_view_sql(view, Existing::Skip), "");
    add_comment(item, model::comment_sql(view));
    if (!view.materialized) return;
    for (const auto& [name, index] : expected_.indexes) {
      if (index.table == view.name) add_index(item, index, Phase::Views);
    }
  }

  void add_missing(const DriftItem& item) {
    const diff::ObjectId& object = item.object;
    switch (object.kind) {
      case ObjectKind::Schema:
        if (const auto* schema = find_value(expected_.schemas, object.name)) {
          add(item, ChangeClass::Create, Phase::Schemas,
              model::create_schema_sql(*schema, Existing::Skip), "");
          add_comment(item, model::comment_sql(*schema));
        }
        return;
      case ObjectKind::Extension:
        if (const auto* extension = find_value(expected_.extensions, object.name)) {
          add(item, ChangeClass::Create, Phase::Extensions,
              model::create_extension_sql(*extension, Existing::Skip), "");
          add_comment(item, model::comment_sql(*extension));
        }
        return;
      case ObjectKind::Enum:
        if (const auto* type = find_value(expected_.enums, object_name(object))) {
          add(item, ChangeClass::Create, Phase::Types, create_enum_if_absent_sql(*type), "");
          add_comment(item, model::comment_sql(*type));
        }
        return;
      case ObjectKind::Sequence:
        if (const auto* sequence = find_value(expected_.sequences, object_name(object))) {
          add(item, ChangeClass::Create, Phase::Sequences,
              model::create_sequence_sql(*sequence, Existing::Skip), "");
          if (auto owned = model::sequence_owned_by_sql(*sequence)) {
            add(item, ChangeClass::Create, Phase::SequenceOwnership, *owned, "");
          }
          add_comment(item, model::comment_sql(*sequence));
        }
        return;
      case ObjectKind::Table:
        if (const auto* table = find_value(expected_.tables, object_name(object))) add_table(item, *table);
        return;
      case ObjectKind::Column:
        if (const auto* table = find_value(expected_.tables, table_of(object))) {
          if (const model::Column* column = table->find_column(object.name)) {
            add(item, ChangeClass::Create, Phase::Columns,
                diff::add_column_sql(table->name, *column, Existing::Skip), kAccessExclusive);
            add_comment(item, model::comment_sql(table->name, *column), kShareUpdateExclusive);
          }
        }
        return;
      case ObjectKind::Constraint:
        if (const auto* table = find_value(expected_.tables, table_of(object))) {
          if (const auto* constraint = find_value(table->constraints, object.name)) {
            add_constraint(item, table->name, *constraint, false);
          }
        }
        return;
      case ObjectKind::Index:
        if (const auto* index = find_value(expected_.indexes, object_name(object))) {
          add_index(item, *index, Phase::Indexes);
        }
        return;
      case ObjectKind::View:
      case ObjectKind::MaterializedView:
        if (const auto* view = find_value(expected_.views, object_name(object))) add_view(item, *view);
        return;
    }
  }

  const model::Catalog& expected_;
  const model::Catalog& actual_;
  const PlanOptions& options_;
  Plan& plan_;
};

// The definition objects the target already has, as `table public.users` lines: every schema,
// extension, enum, sequence, table, index and view without a missing item (an index of a
// missing table or materialized view is created with it). One pass over the items.
std::vector<std::string> present_objects(const model::Catalog& expected,
                                         const std::vector<DriftItem>& items) {
  std::set<std::pair<ObjectKind, std::string>> missing;  // (kind, display name)
  std::set<model::QualifiedName> missing_relations;
  for (const DriftItem& item : items) {
    if (item.kind != DriftKind::Missing) continue;
    missing.emplace(item.object.kind, item.display_name);
    if (item.object.kind == ObjectKind::Table || item.object.kind == ObjectKind::MaterializedView) {
      missing_relations.insert({item.object.schema, item.object.name});
    }
  }
  std::vector<std::string> present;
  auto note = [&](ObjectKind kind, const std::string& schema, const std::string& name) {
    const std::string display = diff::display_name(diff::ObjectId{kind, schema, "", name});
    if (missing.count({kind, display}) == 0) {
      present.push_back(std::string(diff::object_kind_label(kind)) + " " + display);
    }
  };
  for (const auto& [name, schema] : expected.schemas) note(ObjectKind::Schema, "", name);
  for (const auto& [name, extension] : expected.extensions) note(ObjectKind::Extension, "", name);
  for (const auto& [name, type] : expected.enums) note(ObjectKind::Enum, name.schema, name.name);
  for (const auto& [name, sequence] : expected.sequences) note(ObjectKind::Sequence, name.schema, name.name);
  for (const auto& [name, table] : expected.tables) note(ObjectKind::Table, name.schema, name.name);
  for (const auto& [name, index] : expected.indexes) {
    if (missing_relations.count(index.table) == 0) note(ObjectKind::Index, name.schema, name.name);
  }
  for (const auto& [name, view] : expected.views) {
    note(view.materialized ? ObjectKind::MaterializedView : ObjectKind::View, name.schema, name.name);
  }
  return present;
}

// Phase, then (drops) what depends on others first, then the definition's order; steps
// without a location keep the report's order.
void order_steps(std::vector<Step>& steps) {
  auto key = [](const Step& step) {
    const int rank = step.phase == Phase::Drops ? drop_rank(step.object.kind) : 0;
    const bool located = !step.location.file.empty();
    return std::make_tuple(static_cast<int>(step.phase), rank, !located, step.location.file,
                           step.location.line, step.location.column);
  };
  std::stable_sort(steps.begin(), steps.end(),
                   [&](const Step& a, const Step& b) { return key(a) < key(b); });
}

}  // namespace

Plan build_plan(const model::Catalog& expected, const model::Catalog& actual,
                const std::vector<diff::DriftItem>& items, const PlanOptions& options) {
  Plan plan;
  plan.options = options;
  StepBuilder builder(expected, actual, options, plan);
  for (const DriftItem& item : items) builder.add_item(item);
  order_steps(plan.steps);
  plan.present = present_objects(expected, items);
  return plan;
}

}  // namespace driftgate::plan
