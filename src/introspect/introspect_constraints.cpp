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

// Column names for the attnums in `column` of a row about table `table_oid`.
std::vector<std::string> column_names(const pqxx::row& row, const char* column, Oid table_oid,
                                      const IntrospectState& state) {
  std::vector<std::string> names;
  for (auto attnum : numbers_field(row, column)) {
    auto found = state.columns.find({table_oid, static_cast<int>(attnum)});
    names.push_back(found == state.columns.end() ? std::to_string(attnum) : found->second.name);
  }
  return names;
}

model::ForeignKey foreign_key(const pqxx::row& row, Oid table_oid, const IntrospectState& state) {
  model::ForeignKey key;
  key.ref_table = {text_field(row, "ref_schema"), text_field(row, "ref_table")};
  key.ref_columns = names_field(row, "ref_columns");
  key.match = match_type(text_field(row, "match_type"));
  key.on_update = referential_action(text_field(row, "on_update"));
  key.on_delete = referential_action(text_field(row, "on_delete"));
  key.on_delete_columns = column_names(row, "on_delete_attnums", table_oid, state);
  return key;
}

model::Exclusion exclusion(const IndexShape& shape) {
  model::Exclusion result;
  result.method = shape.index.method;
  result.predicate = shape.index.predicate;
  for (std::size_t i = 0; i < shape.index.keys.size(); ++i) {
    const auto& key = shape.index.keys[i];
    result.elements.push_back({key.element, key.is_expression, key.opclass, key.descending,
                               key.nulls_first,
                               i < shape.operators.size() ? shape.operators[i] : ""});
  }
  return result;
}

}  // namespace

// PK, unique and exclusion constraints take INCLUDE columns, NULLS NOT DISTINCT and elements
// from the index behind them, which introspect_indexes put into state.constraint_indexes.
void introspect_constraints(CatalogReader& reader, IntrospectState& state) {
  for (const auto& row : reader.query("constraints.sql", state.schema_oids)) {
    const auto table_oid = oid_field(row, "table_oid");
    auto table = state.tables.find(table_oid);
    if (table == state.tables.end()) continue;  // its table is left out
    model::Constraint constraint;
    constraint.name = text_field(row, "name");
    constraint.kind = constraint_kind(text_field(row, "contype"));
    constraint.deferrable = bool_field(row, "deferrable");
    constraint.initially_deferred = bool_field(row, "initially_deferred");
    constraint.not_valid = bool_field(row, "not_valid");
    constraint.comment = optional_field(row, "comment");
    const auto backing = state.constraint_indexes.find(oid_field(row, "oid"));
    const IndexShape* index =
        backing == state.constraint_indexes.end() ? nullptr : &backing->second;
    switch (constraint.kind) {
      case model::ConstraintKind::PrimaryKey:
      case model::ConstraintKind::Unique:
        constraint.columns = column_names(row, "attnums", table_oid, state);
        if (index != nullptr) {
          constraint.include = index->index.include;
          constraint.nulls_not_distinct = index->index.nulls_not_distinct;
        }
        break;
      case model::ConstraintKind::ForeignKey:
        constraint.columns = column_names(row, "attnums", table_oid, state);
        constraint.foreign_key = foreign_key(row, table_oid, state);
        break;
      case model::ConstraintKind::Check:
        constraint.check = optional_field(row, "check_expression");
        constraint.no_inherit = bool_field(row, "no_inherit");
        break;
      case model::ConstraintKind::Exclusion:  // the elements name the columns
        if (index != nullptr) constraint.exclusion = exclusion(*index);
        break;
    }
    state.catalog.tables.at(table->second).constraints[constraint.name] = std::move(constraint);
  }
}

}  // namespace driftgate::introspect
