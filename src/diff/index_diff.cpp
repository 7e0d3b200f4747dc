#include "diff/diff_context.hpp"
#include "diff/element_comparison.hpp"
#include "diff/map_walk.hpp"
#include "diff/object_summary.hpp"
#include "model/ddl_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::diff {
namespace {

ObjectId index_id(const model::QualifiedName& name) {
  return ObjectId{ObjectKind::Index, name.schema, "", name.name};
}

// Whether `catalog` has a relation called `name` that can carry indexes: a table or a
// materialized view.
bool has_relation(const model::Catalog& catalog, const model::QualifiedName& name) {
  if (catalog.tables.count(name) > 0) return true;
  auto view = catalog.views.find(name);
  return view != catalog.views.end() && view->second.materialized;
}

// An index whose table exists on one side only is part of that table's item.
bool belongs_to_one_sided_relation(const DiffContext& context, const model::Index& index) {
  return has_relation(context.expected, index.table) != has_relation(context.actual, index.table);
}

void diff_index(DiffContext& context, const model::Index& expected, const model::Index& actual) {
  const ObjectId id = index_id(expected.name);
  const auto& location = either_location(expected.location, actual.location);
  // Every change but the comment is made by dropping the index and creating it again.
  auto replaced = [&](Attribute attribute, const Comparison& comparison) {
    context.add_comparison(id, attribute, comparison, SafetyClass::Alters, location);
  };
  replaced(Attribute::IndexTable, compare_values(expected.table == actual.table,
                                                 model::to_sql(expected.table),
                                                 model::to_sql(actual.table)));
  replaced(Attribute::Unique,
           compare_values(expected.unique == actual.unique, expected.unique ? "UNIQUE" : "not unique",
                          actual.unique ? "UNIQUE" : "not unique"));
  replaced(Attribute::Method, compare_texts(expected.method, actual.method));
  const normalize::ExpressionContext keys_context{normalize::ExpressionKind::IndexExpression,
                                                  expected.table, ""};
  replaced(Attribute::Keys,
           compare_index_keys(context.comparator, expected.keys, actual.keys, keys_context));
  replaced(Attribute::Include,
           compare_values(expected.include == actual.include,
                          model::ddl_text::ident_list(expected.include),
                          model::ddl_text::ident_list(actual.include)));
  replaced(Attribute::NullsNotDistinct,
           compare_values(expected.nulls_not_distinct == actual.nulls_not_distinct,
                          expected.nulls_not_distinct ? "NULLS NOT DISTINCT" : "NULLS DISTINCT",
                          actual.nulls_not_distinct ? "NULLS NOT DISTINCT" : "NULLS DISTINCT"));
  const normalize::ExpressionContext predicate_context{normalize::ExpressionKind::IndexPredicate,
                                                       expected.table, ""};
  replaced(Attribute::Predicate,
           compare_expressions(context.comparator, expected.predicate, actual.predicate,
                               predicate_context));
  compare_comment(context, id, expected.comment, actual.comment, location);
}

}  // namespace

void diff_indexes(DiffContext& context) {
  walk_maps(
      context.expected.indexes, context.actual.indexes,
      [&](const model::Index& index) {
        if (belongs_to_one_sided_relation(context, index)) return;
        context.add_missing(index_id(index.name), index.location, index_summary(index));
      },
      [&](const model::Index& index) {
        if (belongs_to_one_sided_relation(context, index)) return;
        context.add_unexpected(index_id(index.name), index.location, index_summary(index));
      },
      [&](const model::Index& expected, const model::Index& actual) {
        diff_index(context, expected, actual);
      });
}

}  // namespace driftgate::diff
