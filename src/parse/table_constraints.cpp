#include "parse/table_constraints.hpp"

#include <algorithm>

#include "model/identifier.hpp"
#include "parse/deparse.hpp"
#include "parse/implicit_names.hpp"
#include "parse/index_column_names.hpp"
#include "parse/index_keys.hpp"
#include "parse/partitions.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"

namespace driftgate::parse {
namespace {

std::vector<std::string> node_strings(PgQuery__Node* const* items, std::size_t count) {
  return string_values(nodes(items, count));
}

model::ReferentialAction referential_action(const char* code) {
  switch (text_of(code).empty() ? 'a' : code[0]) {
    case 'r': return model::ReferentialAction::Restrict;
    case 'c': return model::ReferentialAction::Cascade;
    case 'n': return model::ReferentialAction::SetNull;
    case 'd': return model::ReferentialAction::SetDefault;
    default: return model::ReferentialAction::NoAction;
  }
}

model::MatchType match_type(const char* code) {
  switch (text_of(code).empty() ? 's' : code[0]) {
    case 'f': return model::MatchType::Full;
    case 'p': return model::MatchType::Partial;
    default: return model::MatchType::Simple;
  }
}

void insert_constraint(LoadContext& context, model::Table& table, model::Constraint constraint) {
  auto found = table.constraints.find(constraint.name);
  if (found != table.constraints.end()) {
    context.fail_duplicate("constraint " + model::quote_ident(constraint.name) + " on table " +
                               model::to_sql(table.name),
                           found->second.location);
  }
  table.constraints.emplace(constraint.name, std::move(constraint));
}

/// An index-backed constraint with what its implicit name needs.
struct IndexConstraintWork {
  model::Constraint constraint;
  std::vector<std::string> column_names;  ///< index column names for the implicit name
  bool named = false;
};

/// `ADD CONSTRAINT … PRIMARY KEY/UNIQUE USING INDEX i`: the unique index becomes the
/// constraint's index, renamed to the constraint's name when it has one.
IndexConstraintWork adopt_index(LoadContext& context, const model::Table& table, const PendingConstraint& pending,
                                IndexConstraintWork work) {
  const PgQuery__Constraint& node = *pending.node;
  auto found = context.catalog().indexes.find({table.name.schema, std::string(text_of(node.indexname))});
  if (found == context.catalog().indexes.end() || found->second.table != table.name) {
    throw StatementError("index " + model::quote_ident(text_of(node.indexname)) + " named in USING INDEX is not an "
                         "index of table " + model::to_sql(table.name) + " defined before this statement");
  }
  const model::Index& index = found->second;
  if (!index.unique || index.predicate || index.method != "btree" ||
      std::any_of(index.keys.begin(), index.keys.end(), [](const model::IndexKey& key) { return key.is_expression; })) {
    throw StatementError("index " + model::to_sql(index.name) +
                         " cannot back a constraint: it must be a unique btree index on plain columns without WHERE");
  }
  model::Constraint& constraint = work.constraint;
  constraint.kind = node.contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? model::ConstraintKind::PrimaryKey
                                                                           : model::ConstraintKind::Unique;
  for (const model::IndexKey& key : index.keys) constraint.columns.push_back(key.element);
  constraint.include = index.include;
  constraint.nulls_not_distinct = index.nulls_not_distinct;
  std::vector<std::string> names = constraint.columns;
  names.insert(names.end(), constraint.include.begin(), constraint.include.end());
  work.column_names = unique_index_column_names(names);
  constraint.name = text_of(node.conname).empty() ? index.name.name : std::string(node.conname);
  work.named = true;
  context.release_relation(index.name);
  context.forget_index(index.name);
  context.catalog().indexes.erase(found);
  return work;
}

IndexConstraintWork make_index_constraint(LoadContext& context, const model::Table& table,
                                          const PendingConstraint& pending) {
  const PgQuery__Constraint& node = *pending.node;
  IndexConstraintWork work;
  model::Constraint& constraint = work.constraint;
  constraint.location = pending.location;
  constraint.deferrable = pending.deferrable;
  constraint.initially_deferred = pending.initially_deferred;
  constraint.include = included_columns(nodes(node.including, node.n_including));
  if (!text_of(node.indexname).empty()) return adopt_index(context, table, pending, std::move(work));
  if (node.contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION) {
    constraint.kind = model::ConstraintKind::Exclusion;
    model::Exclusion exclusion;
    if (!text_of(node.access_method).empty()) exclusion.method = node.access_method;
    std::vector<PgQuery__Node*> elements;
    for (const PgQuery__Node* pair : nodes(node.exclusions, node.n_exclusions)) {
      const NodeList parts = list_items(pair);
      if (parts.size != 2 || parts[0]->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) continue;
      const model::IndexKey key = index_key(context, *parts[0]->index_elem);
      model::ExclusionElement element;
      element.element = key.element;
      element.is_expression = key.is_expression;
      element.opclass = key.opclass;
      element.descending = key.descending;
      element.nulls_first = key.nulls_first;
      std::vector<std::string> op = string_values(list_items(parts[1]));
      if (op.size() >= 2 && op[op.size() - 2] == "pg_catalog") op.erase(op.begin(), op.end() - 1);
      for (const std::string& part : op) element.op += (element.op.empty() ? "" : ".") + part;
      exclusion.elements.push_back(std::move(element));
      elements.push_back(parts.items[0]);
    }
    if (node.where_clause != nullptr) exclusion.predicate = deparse_expression(node.where_clause);
    constraint.exclusion = std::move(exclusion);
    work.column_names = choose_index_column_names(nodes(elements.data(), elements.size()),
                                                  nodes(node.including, node.n_including));
  } else {
    constraint.kind = node.contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY
                          ? model::ConstraintKind::PrimaryKey
                          : model::ConstraintKind::Unique;
    constraint.columns = node.n_keys > 0 ? node_strings(node.keys, node.n_keys) : pending.columns;
    constraint.nulls_not_distinct = node.nulls_not_distinct;
    std::vector<std::string> names = constraint.columns;
    names.insert(names.end(), constraint.include.begin(), constraint.include.end());
    work.column_names = unique_index_column_names(names);
  }
  work.named = !text_of(node.conname).empty();
  if (work.named) constraint.name = node.conname;
  return work;
}

/// PostgreSQL keeps one index for constraints that would build the same index (`UNIQUE PRIMARY
/// KEY`), preferring the primary key.
bool same_index(const model::Constraint& a, const model::Constraint& b) {
  return a.columns == b.columns && a.include == b.include && a.exclusion == b.exclusion &&
         a.nulls_not_distinct == b.nulls_not_distinct && a.deferrable == b.deferrable &&
         a.initially_deferred == b.initially_deferred;
}

const char* index_label(model::ConstraintKind kind) {
  switch (kind) {
    case model::ConstraintKind::PrimaryKey: return "pkey";
    case model::ConstraintKind::Exclusion: return "excl";
    default: return "key";
  }
}

std::vector<std::string> primary_key_columns(const model::Table& table) {
  for (const auto& [name, constraint] : table.constraints) {
    if (constraint.kind == model::ConstraintKind::PrimaryKey) return constraint.columns;
  }
  return {};
}

}  // namespace

void PendingConstraints::add(LoadContext& context, const PgQuery__Constraint& node,
                             const std::string& column) {
  PendingConstraint pending;
  pending.node = &node;
  if (!column.empty()) pending.columns.push_back(column);
  pending.deferrable = node.deferrable;
  pending.initially_deferred = node.initdeferred;
  pending.location = context.location_of(node.location);
  switch (node.contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
      checks.push_back(std::move(pending));
      last_with_attributes = nullptr;
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
    case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
    case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
      index_constraints.push_back(std::move(pending));
      last_with_attributes = &index_constraints.back();
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
      foreign_keys.push_back(std::move(pending));
      last_with_attributes = &foreign_keys.back();
      break;
    default:
      break;
  }
}

void PendingConstraints::apply_attribute(const PgQuery__Constraint& node) {
  if (last_with_attributes == nullptr) {
    throw StatementError("DEFERRABLE, NOT DEFERRABLE and INITIALLY … must follow a PRIMARY KEY, "
                         "UNIQUE, EXCLUDE or REFERENCES constraint");
  }
  switch (node.contype) {
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE: last_with_attributes->deferrable = true; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE: last_with_attributes->deferrable = false; break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
      last_with_attributes->initially_deferred = true;
      last_with_attributes->deferrable = true;
      break;
    case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE: last_with_attributes->initially_deferred = false; break;
    default: break;
  }
}

void add_check_constraints(LoadContext& context, model::Table& table,
                           const std::vector<PendingConstraint>& checks, ConstraintOrigin origin,
                           Propagation propagation) {
  const std::string& schema = table.name.schema;
  for (const PendingConstraint& pending : checks) {
    const PgQuery__Constraint& node = *pending.node;
    model::Constraint constraint;
    constraint.kind = model::ConstraintKind::Check;
    constraint.check = deparse_expression(node.raw_expr);
    constraint.no_inherit = node.is_no_inherit;
    constraint.not_valid = origin == ConstraintOrigin::AlterTable && node.skip_validation;
    constraint.location = pending.location;
    if (!text_of(node.conname).empty()) {
      constraint.name = node.conname;
    } else {
      // PostgreSQL no longer knows where the CHECK was written: it uses the column name when
      // the expression refers to exactly one column.
      const std::vector<std::string> columns = referenced_columns(node.raw_expr);
      const std::string column = columns.size() == 1 ? columns.front() : "";
      constraint.name = choose_name(table.name.name, column, "check", [&](const std::string& name) {
        return context.constraint_name_taken(schema, name);
      });
    }
    context.claim_constraint_name(schema, constraint.name);
    insert_constraint(context, table, constraint);
    if (propagation == Propagation::ToPartitions && !constraint.no_inherit) {
      propagate_constraint(context, table.name, table.constraints.at(constraint.name));
    }
  }
}

void add_index_constraints(LoadContext& context, model::Table& table,
                           const std::vector<PendingConstraint>& constraints,
                           Propagation propagation) {
  std::vector<IndexConstraintWork> work;
  for (const PendingConstraint& pending : constraints) work.push_back(make_index_constraint(context, table, pending));
  std::stable_partition(work.begin(), work.end(), [](const IndexConstraintWork& item) {
    return item.constraint.kind == model::ConstraintKind::PrimaryKey;
  });
  const bool has_primary_key = !primary_key_columns(table).empty();
  std::vector<IndexConstraintWork> kept;
  for (IndexConstraintWork& item : work) {
    if (item.constraint.kind == model::ConstraintKind::PrimaryKey &&
        (has_primary_key || (!kept.empty() && kept.front().constraint.kind ==
                                                  model::ConstraintKind::PrimaryKey))) {
      throw StatementError("multiple primary keys for table " + model::to_sql(table.name) +
                           " are not allowed");
    }
    auto prior = std::find_if(kept.begin(), kept.end(), [&](const IndexConstraintWork& other) {
      return same_index(other.constraint, item.constraint);
    });
    if (prior != kept.end()) {
      if (!prior->named && item.named) {
        prior->constraint.name = item.constraint.name;
        prior->named = true;
      }
      continue;
    }
    kept.push_back(std::move(item));
  }

  const std::string& schema = table.name.schema;
  for (IndexConstraintWork& item : kept) {
    model::Constraint& constraint = item.constraint;
    const char* label = index_label(constraint.kind);
    if (!item.named) {
      const std::string addition =
          constraint.kind == model::ConstraintKind::PrimaryKey ? "" : name_addition(item.column_names);
      constraint.name = choose_name(table.name.name, addition, label, [&](const std::string& name) {
        return context.relation_name_taken(schema, name) || context.constraint_name_taken(schema, name);
      });
    }
    const model::QualifiedName index_name{schema, constraint.name};
    context.claim_relation(index_name, RelationKind::ConstraintIndex, constraint.location, table.name);
    context.claim_constraint_name(schema, constraint.name);
    if (constraint.kind == model::ConstraintKind::PrimaryKey) {
      for (const std::string& column_name : constraint.columns) {
        model::Column* column = table.find_column(column_name);
        if (column == nullptr) {
          throw StatementError("column " + model::quote_ident(column_name) +
                               " named in the primary key does not exist in table " +
                               model::to_sql(table.name));
        }
        column->not_null = true;
      }
    }
    IndexFacts facts{index_name, table.name, item.column_names, label, true,
                     constraint_signature(constraint)};
    context.remember_index(facts);
    insert_constraint(context, table, constraint);
    if (propagation == Propagation::ToPartitions) propagate_index(context, table.name, facts);
  }
}

void add_foreign_keys(LoadContext& context, model::Table& table,
                      const std::vector<PendingConstraint>& foreign_keys, ConstraintOrigin origin,
                      Propagation propagation) {
  const std::string& schema = table.name.schema;
  for (const PendingConstraint& pending : foreign_keys) {
    const PgQuery__Constraint& node = *pending.node;
    model::Constraint constraint;
    constraint.kind = model::ConstraintKind::ForeignKey;
    constraint.location = pending.location;
    constraint.deferrable = pending.deferrable;
    constraint.initially_deferred = pending.initially_deferred;
    constraint.not_valid = origin == ConstraintOrigin::AlterTable && node.skip_validation;
    constraint.columns = node.n_fk_attrs > 0 ? node_strings(node.fk_attrs, node.n_fk_attrs) : pending.columns;

    model::ForeignKey key;
    if (node.pktable == nullptr) throw StatementError("REFERENCES needs a table");
    key.ref_table = context.resolve_relation(text_of(node.pktable->schemaname), text_of(node.pktable->relname));
    key.ref_columns = node_strings(node.pk_attrs, node.n_pk_attrs);
    if (key.ref_columns.empty()) {
      // Without a column list the key references the referenced table's primary key.
      const model::Table* referenced = key.ref_table == table.name ? &table : nullptr;
      if (referenced == nullptr) {
        auto found = context.catalog().tables.find(key.ref_table);
        if (found != context.catalog().tables.end()) referenced = &found->second;
      }
      if (referenced == nullptr) {
        throw StatementError("the referenced table " + model::to_sql(key.ref_table) +
                             " is not defined before this statement; define it first or list "
                             "the referenced columns");
      }
      key.ref_columns = primary_key_columns(*referenced);
      if (key.ref_columns.empty()) {
        throw StatementError("there is no primary key for referenced table " +
                             model::to_sql(key.ref_table) + "; list the referenced columns");
      }
    }
    key.match = match_type(node.fk_matchtype);
    key.on_delete = referential_action(node.fk_del_action);
    key.on_update = referential_action(node.fk_upd_action);
    key.on_delete_columns = node_strings(node.fk_del_set_cols, node.n_fk_del_set_cols);
    constraint.foreign_key = std::move(key);

    if (!text_of(node.conname).empty()) {
      constraint.name = node.conname;
    } else {
      constraint.name = choose_name(table.name.name, name_addition(constraint.columns), "fkey",
                                    [&](const std::string& name) {
                                      return context.constraint_name_taken(schema, name);
                                    });
    }
    context.claim_constraint_name(schema, constraint.name);
    insert_constraint(context, table, constraint);
    if (propagation == Propagation::ToPartitions) {
      propagate_constraint(context, table.name, table.constraints.at(constraint.name));
    }
  }
}

}  // namespace driftgate::parse
