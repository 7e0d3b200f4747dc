#include <cstdint>
#include <string>
#include <vector>

#include "introspect/index_key_text.hpp"
#include "introspect/introspect_steps.hpp"
#include "introspect/row_fields.hpp"

namespace driftgate::introspect {

namespace {

constexpr std::int64_t kIndexOptionDesc = 1;        // INDOPTION_DESC
constexpr std::int64_t kIndexOptionNullsFirst = 2;  // INDOPTION_NULLS_FIRST

// The table or materialized view an index belongs to, if it is in the model.
const model::QualifiedName* indexed_relation(const IntrospectState& state, Oid oid) {
  if (auto table = state.tables.find(oid); table != state.tables.end()) return &table->second;
  if (auto view = state.matviews.find(oid); view != state.matviews.end()) return &view->second;
  return nullptr;
}

std::string name_of(const std::map<Oid, std::string>& names, std::int64_t oid) {
  auto found = names.find(static_cast<Oid>(oid));
  return found == names.end() ? std::to_string(oid) : found->second;
}

template <typename T>
T at_or(const std::vector<T>& values, std::size_t i, T fallback) {
  return i < values.size() ? values[i] : fallback;
}

// The raw pg_index vectors of one row, resolved into keys and INCLUDE columns the way
// pg_get_indexdef prints them: opclass only when not the default, collation only when not the
// column's (for an expression, only when PostgreSQL prints it), DESC / NULLS FIRST bits.
IndexShape index_shape(const pqxx::row& row, Oid table_oid, const IntrospectState& state) {
  IndexShape shape;
  auto& index = shape.index;
  index.name = {text_field(row, "schema"), text_field(row, "name")};
  index.method = text_field(row, "method");
  index.unique = bool_field(row, "is_unique");
  index.nulls_not_distinct = bool_field(row, "nulls_not_distinct");
  index.predicate = optional_field(row, "predicate");
  index.comment = optional_field(row, "comment");

  const auto attnums = numbers_field(row, "attnums");
  const auto opclasses = numbers_field(row, "opclasses");
  const auto collations = numbers_field(row, "collations");
  const auto options = numbers_field(row, "options");
  const auto operators = numbers_field(row, "operators");
  const auto expressions = names_field(row, "expressions");
  const auto definition = text_field(row, "definition");
  const auto key_count = static_cast<std::size_t>(int_field(row, "key_count"));
  const auto& names = state.key_names;

  std::size_t next_expression = 0;
  for (std::size_t i = 0; i < attnums.size(); ++i) {
    const auto column = state.columns.find({table_oid, static_cast<int>(attnums[i])});
    const ColumnFacts* facts = column == state.columns.end() ? nullptr : &column->second;
    if (i >= key_count) {
      index.include.push_back(facts != nullptr ? facts->name : std::to_string(attnums[i]));
      continue;
    }
    model::IndexKey key;
    std::string printed;
    if (attnums[i] == 0) {
      printed = at_or(expressions, next_expression++, std::string());
      key.is_expression = true;
      key.element = unwrap_index_expression(printed);
    } else {
      key.element = facts != nullptr ? facts->name : std::to_string(attnums[i]);
    }
    const auto opclass = at_or<std::int64_t>(opclasses, i, 0);
    if (opclass != 0 && !names.default_opclasses.contains(static_cast<Oid>(opclass))) {
      key.opclass = name_of(names.opclasses, opclass);
    }
    const auto collation = at_or<std::int64_t>(collations, i, 0);
    if (collation != 0) {
      auto text = name_of(names.collations, collation);
      bool differs = key.is_expression
                         ? prints_collation(definition, printed, text)
                         : facts == nullptr || static_cast<Oid>(collation) != facts->collation;
      if (differs) key.collation = text;
    }
    const auto option = at_or<std::int64_t>(options, i, 0);
    key.descending = (option & kIndexOptionDesc) != 0;
    key.nulls_first = (option & kIndexOptionNullsFirst) != 0;
    index.keys.push_back(std::move(key));
    if (!operators.empty())
      shape.operators.push_back(name_of(names.operators, at_or<std::int64_t>(operators, i, 0)));
  }
  return shape;
}

}  // namespace

// One row per index (see indexes.sql for what is read raw and what PostgreSQL prints).
void introspect_indexes(CatalogReader& reader, IntrospectState& state) {
  for (const auto& row : reader.query("indexes.sql", state.schema_oids)) {
    const auto table_oid = oid_field(row, "table_oid");
    const auto constraint_oid = oid_field(row, "constraint_oid");
    auto shape = index_shape(row, table_oid, state);
    if (constraint_oid != 0) {
      state.constraint_indexes[constraint_oid] = std::move(shape);
      continue;
    }
    const auto* table = indexed_relation(state, table_oid);
    if (table == nullptr) continue;  // its table is left out
    shape.index.table = *table;
    state.catalog.indexes[shape.index.name] = std::move(shape.index);
  }
}

}  // namespace driftgate::introspect
