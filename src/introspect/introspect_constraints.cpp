#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

namespace {

model::ConstraintKind constraint_kind(const std::string& contype) {
  if (contype == "p") return model::ConstraintKind::PrimaryKey;
  if (contype == "u") return model::ConstraintKind::Unique;
  if (contype == "f") return model::ConstraintKind::ForeignKey;
  if (contype == "x") return model::ConstraintKind::Exclusion;
  return model::ConstraintKind::Check;
}

// pg_constraint's confupdtype/confdeltype letters.
model::ReferentialAction referential_action(const std::string& letter) {
  if (letter == "r") return model::ReferentialAction::Restrict;
  if (letter == "c") return model::ReferentialAction::Cascade;
  if (letter == "n") return model::ReferentialAction::SetNull;
  if (letter == "d") return model::ReferentialAction::SetDefault;
  return model::ReferentialAction::NoAction;  // 'a'
}

model::MatchType match_type(const std::string& letter) {
  if (letter == "f") return model::MatchType::Full;
  if (letter == "p") return model::MatchType::Partial;
  return model::MatchType::Simple;  // 's'
}

model::ForeignKey foreign_key(const pqxx::row& row) {
  model::ForeignKey key;
  key.ref_table = {text_field(row, "ref_schema"), text_field(row, "ref_table")};
  key.ref_columns = names_field(row, "ref_columns");
  key.match = match_type(text_field(row, "match_type"));
  key.on_update = referential_action(text_field(row, "on_update"));
  key.on_delete = referential_action(text_field(row, "on_delete"));
  key.on_delete_columns = names_field(row, "on_delete_columns");
  return key;
}

model::Exclusion exclusion(const IndexShape& shape) {
  model::Exclusion result;
  result.method = shape.index.method;
  result.predicate = shape.index.predicate;
  for (std::size_t i = 0; i < shape.index.keys.size(); ++i) {
    const auto& key = shape.index.keys[i];
    result.elements.push_back({key.element, key.is_expression, key.opclass, key.descending,
                               key.nulls_first, i < shape.operators.size() ? shape.operators[i] : ""});
  }
  return result;
}

}  // namespace

// PK, unique and exclusion constraints take INCLUDE columns, NULLS NOT DISTINCT and elements
// from the index behind them, which introspect_indexes put into state.constraint_indexes.
void introspect_constraints(CatalogReader& reader, IntrospectState& state) {
  for (const auto& row : reader.query("constraints.sql", state.schema_oids)) {
    auto table = state.tables.find(oid_field(row, "table_oid"));
    if (table == state.tables.end()) continue;  // its table is left out
    model::Constraint constraint;
    constraint.name = text_field(row, "name");
    constraint.kind = constraint_kind(text_field(row, "contype"));
    constraint.columns = names_field(row, "columns");
    constraint.deferrable = bool_field(row, "deferrable");
    constraint.initially_deferred = bool_field(row, "initially_deferred");
    constraint.not_valid = bool_field(row, "not_valid");
    constraint.comment = optional_field(row, "comment");
    const auto backing = state.constraint_indexes.find(oid_field(row, "oid"));
    const IndexShape* index = backing == state.constraint_indexes.end() ? nullptr : &backing->second;
    switch (constraint.kind) {
      case model::ConstraintKind::PrimaryKey:
      case model::ConstraintKind::Unique:
        if (index != nullptr) {
          constraint.include = index->index.include;
          constraint.nulls_not_distinct = index->index.nulls_not_distinct;
        }
        break;
      case model::ConstraintKind::ForeignKey:
        constraint.foreign_key = foreign_key(row);
        break;
      case model::ConstraintKind::Check:
        constraint.check = optional_field(row, "check_expression");
        constraint.no_inherit = bool_field(row, "no_inherit");
        constraint.columns.clear();  // conkey lists the columns the expression uses
        break;
      case model::ConstraintKind::Exclusion:
        constraint.columns.clear();  // the elements say it
        if (index != nullptr) constraint.exclusion = exclusion(*index);
        break;
    }
    state.catalog.tables.at(table->second).constraints[constraint.name] = std::move(constraint);
  }
}

}  // namespace driftgate::introspect
