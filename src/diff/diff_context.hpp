#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diff/comparison.hpp"
#include "diff/diff_options.hpp"
#include "diff/drift_item.hpp"
#include "model/catalog.hpp"
#include "normalize/expression_comparator.hpp"

// What the per-kind diff functions share while diff_catalogs runs. Internal to src/diff/.

namespace driftgate::diff {

/// The two catalogs being compared, how to compare, and the items found so far.
struct DiffContext {
  const model::Catalog& expected;
  const model::Catalog& actual;
  const normalize::ExpressionComparator& comparator;
  const DiffOptions& options;
  std::vector<DriftItem> items;

  /// Records that `object` exists only in the expected catalog.
  void add_missing(const ObjectId& object, const model::SourceLocation& location,
                   std::optional<std::string> summary);
  /// Records that `object` exists only in the target.
  void add_unexpected(const ObjectId& object, const model::SourceLocation& location,
                      std::optional<std::string> summary);
  /// Records a changed (Different) or uncompared (Uncompared) item for `attribute`; Equal adds
  /// nothing. `safety` is the class of the change that would bring the target to `expected`.
  void add_comparison(const ObjectId& object, Attribute attribute, const Comparison& comparison,
                      SafetyClass safety, const model::SourceLocation& location);
  /// add_comparison of two optional expression texts decided by the comparator.
  void compare_expression(const ObjectId& object, Attribute attribute,
                          const std::optional<std::string>& expected,
                          const std::optional<std::string>& actual,
                          const normalize::ExpressionContext& context, SafetyClass safety,
                          const model::SourceLocation& location);
};

/// The location of the expected side's object when it has one, otherwise the target's.
const model::SourceLocation& either_location(const model::SourceLocation& expected,
                                             const model::SourceLocation& actual);

/// The expected side's comment vs the target's; safety Additive (comments never touch data).
void compare_comment(DiffContext& context, const ObjectId& object,
                     const std::optional<std::string>& expected,
                     const std::optional<std::string>& actual,
                     const model::SourceLocation& location);

/// The per-kind steps of diff_catalogs, one file each.
void diff_schemas(DiffContext& context);
void diff_extensions(DiffContext& context);
void diff_enums(DiffContext& context);
void diff_sequences(DiffContext& context);
void diff_tables(DiffContext& context);
void diff_indexes(DiffContext& context);
void diff_views(DiffContext& context);

/// The columns of a table present on both sides (table_diff.cpp calls it).
void diff_columns(DiffContext& context, const model::Table& expected, const model::Table& actual);
/// The constraints of a table present on both sides.
void diff_constraints(DiffContext& context, const model::Table& expected,
                      const model::Table& actual);

}  // namespace driftgate::diff
