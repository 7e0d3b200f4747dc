#pragma once

#include <string>
#include <string_view>

#include "model/qualified_name.hpp"

namespace driftgate::normalize {

/// Where an expression text comes from; some kinds are compared more strictly than others.
enum class ExpressionKind {
  Default,          ///< a column default
  Generated,        ///< a stored generated column's expression
  Check,            ///< a CHECK constraint
  IndexExpression,  ///< an index key (or exclusion element) that is an expression
  IndexPredicate,   ///< a partial index's or exclusion constraint's WHERE
  PartitionKey,     ///< `RANGE (a)`
  PartitionBound,   ///< `FOR VALUES …` / `DEFAULT`
  ViewQuery,        ///< a view's or materialized view's SELECT
};

/// What one comparison decided. `Uncompared` is neither equal nor different: parsing alone
/// could not decide (PostgreSQL's analysis would be needed), and `reason` says why.
enum class Verdict { Equal, Different, Uncompared };

/// Which path made the decision.
enum class DecidedBy { Parser, Shadow };

/// The outcome of comparing a definition-side text with a live-side text.
struct ExpressionComparison {
  Verdict verdict = Verdict::Uncompared;
  std::string expected_normal;  ///< the definition's text in canonical form
  std::string actual_normal;    ///< the target's text in canonical form
  std::string reason;           ///< for Uncompared (and unparsable texts)
  DecidedBy decided_by = DecidedBy::Parser;
};

/// Everything a comparison may need to know about where the expression sits.
struct ExpressionContext {
  ExpressionKind kind = ExpressionKind::Default;
  model::QualifiedName table;  ///< the table (or view) the expression belongs to
  /// For defaults and generated columns: the column's type. For partition bounds: the key
  /// column's type when the parent is partitioned by one plain column ("" otherwise).
  std::string column_type;
};

/// Decides whether two expression texts say the same thing. The definition side and the live
/// side meet here: one implementation normalises both through libpg_query
/// (parse::ParserComparator); another asks a shadow database (a later milestone).
class ExpressionComparator {
 public:
  virtual ~ExpressionComparator() = default;

  /// Compares `expected` (from the definition or the "from" source) with `actual`.
  virtual ExpressionComparison compare(std::string_view expected, std::string_view actual,
                                       const ExpressionContext& context) const = 0;
};

}  // namespace driftgate::normalize
