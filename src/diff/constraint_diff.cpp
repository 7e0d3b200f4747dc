#include <cctype>

#include "diff/diff_context.hpp"
#include "diff/element_comparison.hpp"
#include "diff/map_walk.hpp"
#include "diff/object_summary.hpp"
#include "model/ddl_text.hpp"
#include "model/enum_names.hpp"
#include "model/identifier.hpp"

namespace driftgate::diff {
namespace {

using model::ddl_text::ident_list;

ObjectId constraint_id(const model::Table& table, const std::string& name) {
  return ObjectId{ObjectKind::Constraint, table.name.schema, table.name.name, name};
}

std::string deferrable_text(const model::Constraint& constraint) {
  if (!constraint.deferrable) return "NOT DEFERRABLE";
  return constraint.initially_deferred ? "DEFERRABLE INITIALLY DEFERRED"
                                       : "DEFERRABLE INITIALLY IMMEDIATE";
}

std::string references_text(const model::ForeignKey& key) {
  std::string text = model::to_sql(key.ref_table);
  if (!key.ref_columns.empty()) text += "(" + ident_list(key.ref_columns) + ")";
  return text;
}

std::string action_text(model::ReferentialAction action, const std::vector<std::string>& columns) {
  std::string text(model::enum_name(action));
  for (char& ch : text) {
    ch = ch == '_' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (!columns.empty()) text += " (" + ident_list(columns) + ")";
  return text;
}

// The attributes of two constraints of the same kind, each compared the way it means.
class ConstraintComparer {
 public:
  ConstraintComparer(DiffContext& context, const model::Table& table,
                     const model::Constraint& expected, const model::Constraint& actual,
                     const model::SourceLocation& location)
      : context_(context), table_(table), expected_(expected), actual_(actual),
        id_(constraint_id(table, expected.name)), location_(location) {}

  void compare() {
    if (expected_.kind != actual_.kind) {
      // A different kind of constraint under the same name: its other attributes mean nothing.
      replaced(Attribute::ConstraintType,
               compare_values(false, constraint_summary(expected_), constraint_summary(actual_)));
      return;
    }
    replaced(Attribute::Columns, compare_values(expected_.columns == actual_.columns,
                                                ident_list(expected_.columns),
                                                ident_list(actual_.columns)));
    replaced(Attribute::Include, compare_values(expected_.include == actual_.include,
                                                ident_list(expected_.include),
                                                ident_list(actual_.include)));
    replaced(Attribute::NullsNotDistinct,
             compare_values(expected_.nulls_not_distinct == actual_.nulls_not_distinct,
                            expected_.nulls_not_distinct ? "NULLS NOT DISTINCT" : "NULLS DISTINCT",
                            actual_.nulls_not_distinct ? "NULLS NOT DISTINCT" : "NULLS DISTINCT"));
    compare_foreign_key();
    replaced(Attribute::Deferrable,
             compare_values(expected_.deferrable == actual_.deferrable &&
                                expected_.initially_deferred == actual_.initially_deferred,
                            deferrable_text(expected_), deferrable_text(actual_)));
    replaced(Attribute::Check,
             compare_expressions(context_.comparator, expected_.check, actual_.check,
                                 expression(normalize::ExpressionKind::Check)));
    replaced(Attribute::NoInherit,
             compare_values(expected_.no_inherit == actual_.no_inherit,
                            expected_.no_inherit ? "NO INHERIT" : "INHERIT",
                            actual_.no_inherit ? "NO INHERIT" : "INHERIT"));
    compare_exclusion();
    compare_validation();
  }

 private:
  // A change to the constraint's definition: fixed by dropping and adding it again.
  void replaced(Attribute attribute, const Comparison& comparison) {
    context_.add_comparison(id_, attribute, comparison, SafetyClass::Alters, location_);
  }

  normalize::ExpressionContext expression(normalize::ExpressionKind kind) const {
    return normalize::ExpressionContext{kind, table_.name, ""};
  }

  void compare_foreign_key() {
    if (!expected_.foreign_key && !actual_.foreign_key) return;
    const model::ForeignKey none;
    const model::ForeignKey& expected = expected_.foreign_key ? *expected_.foreign_key : none;
    const model::ForeignKey& actual = actual_.foreign_key ? *actual_.foreign_key : none;
    replaced(Attribute::References,
             compare_values(expected.ref_table == actual.ref_table &&
                                expected.ref_columns == actual.ref_columns,
                            references_text(expected), references_text(actual)));
    replaced(Attribute::Match,
             compare_values(expected.match == actual.match,
                            std::string(model::enum_name(expected.match)),
                            std::string(model::enum_name(actual.match))));
    replaced(Attribute::OnDelete,
             compare_values(expected.on_delete == actual.on_delete &&
                                expected.on_delete_columns == actual.on_delete_columns,
                            action_text(expected.on_delete, expected.on_delete_columns),
                            action_text(actual.on_delete, actual.on_delete_columns)));
    replaced(Attribute::OnUpdate, compare_values(expected.on_update == actual.on_update,
                                                 action_text(expected.on_update, {}),
                                                 action_text(actual.on_update, {})));
  }

  void compare_exclusion() {
    if (!expected_.exclusion && !actual_.exclusion) return;
    const model::Exclusion none;
    const model::Exclusion& expected = expected_.exclusion ? *expected_.exclusion : none;
    const model::Exclusion& actual = actual_.exclusion ? *actual_.exclusion : none;
    replaced(Attribute::Exclusion,
             compare_exclusion_elements(context_.comparator, expected, actual,
                                        expression(normalize::ExpressionKind::IndexExpression)));
    replaced(Attribute::Predicate,
             compare_expressions(context_.comparator, expected.predicate, actual.predicate,
                                 expression(normalize::ExpressionKind::IndexPredicate)));
  }

  // A NOT VALID constraint in the target is validated in place. A validated one where the
  // definition says NOT VALID already holds for every row: reported, but nothing to run.
  void compare_validation() {
    if (expected_.not_valid == actual_.not_valid) return;
    context_.add_comparison(id_, Attribute::NotValid,
                            compare_values(false, expected_.not_valid ? "NOT VALID" : "VALID",
                                           actual_.not_valid ? "NOT VALID" : "VALID"),
                            expected_.not_valid ? SafetyClass::Additive : SafetyClass::Alters,
                            location_);
  }

  DiffContext& context_;
  const model::Table& table_;
  const model::Constraint& expected_;
  const model::Constraint& actual_;
  ObjectId id_;
  model::SourceLocation location_;
};

}  // namespace

void diff_constraints(DiffContext& context, const model::Table& expected,
                      const model::Table& actual) {
  walk_maps(
      expected.constraints, actual.constraints,
      [&](const model::Constraint& constraint) {
        context.add_missing(constraint_id(expected, constraint.name),
                            either_location(constraint.location, expected.location),
                            constraint_summary(constraint));
      },
      [&](const model::Constraint& constraint) {
        context.add_unexpected(constraint_id(expected, constraint.name), constraint.location,
                               constraint_summary(constraint));
      },
      [&](const model::Constraint& expected_constraint, const model::Constraint& actual_constraint) {
        const model::SourceLocation location = either_location(
            either_location(expected_constraint.location, expected.location),
            actual_constraint.location);
        ConstraintComparer(context, expected, expected_constraint, actual_constraint, location)
            .compare();
        compare_comment(context, constraint_id(expected, expected_constraint.name),
                        expected_constraint.comment, actual_constraint.comment, location);
      });
}

}  // namespace driftgate::diff
