#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"
#include "model/qualified_name.hpp"
#include "normalize/expression_comparator.hpp"
#include "parse/normalize_options.hpp"

namespace driftgate::parse {

/// What a ParserComparator knows about the schemas beyond the two texts it compares.
struct ComparatorSettings {
  /// The definition's search path (ParseOptions::search_path). Its first schema (after any
  /// `$user`) is where unqualified names resolve, so only that schema's qualification is ever
  /// dropped: `public.f(x)` is `f(x)` under the default path, `app.f(x)` never is.
  std::vector<std::string> search_path = {"public"};
  /// Enum types. PostgreSQL prints their constants exactly as written, so a different label is
  /// a difference; without this a changed enum default is left uncompared.
  std::vector<model::QualifiedName> enum_types;
  /// Per table, the columns whose type both sides agree on: PostgreSQL converts a literal
  /// next to a numeric column, and the converted form is the one it prints.
  std::map<model::QualifiedName, ColumnTypes> column_types;
  /// The TimeZone the target's sessions use ("" when unknown): where it is UTC, a timestamptz
  /// literal without a zone compares as the instant PostgreSQL printed.
  std::string target_timezone;
};

/// The settings for comparing `expected` with `actual`: the enum types of both, the column
/// types they agree on, and the definition's search path.
ComparatorSettings comparator_settings(const model::Catalog& expected, const model::Catalog& actual,
                                       std::vector<std::string> search_path = {"public"});

/// The reason given when two texts differ only in what PostgreSQL's analysis adds.
inline constexpr std::string_view kAnalysisReason =
    "differs only in casts/qualification PostgreSQL adds during analysis";

/// Decides expression comparisons by parsing both texts with libpg_query and bringing them into
/// one normal form (parse::normalize_expression): equal normal forms are Equal; forms that are
/// still equal once every cast and qualification is dropped are Uncompared (only PostgreSQL's
/// analysis could tell); anything else is Different. Texts libpg_query cannot read, and views
/// that select `*`, are Uncompared with the reason. Never throws for bad text. Remembers its
/// decisions (so one comparator is not for use by several threads at once).
class ParserComparator : public normalize::ExpressionComparator {
 public:
  /// A comparator for definitions using the default search path (`public`) and no enums.
  ParserComparator();
  /// A comparator with what is known about the schemas.
  explicit ParserComparator(const ComparatorSettings& settings);

  normalize::ExpressionComparison compare(std::string_view expected, std::string_view actual,
                                          const normalize::ExpressionContext& context) const override;

 private:
  /// compare() without the memo.
  normalize::ExpressionComparison compare_texts(std::string_view expected, std::string_view actual,
                                                const normalize::ExpressionContext& context,
                                                const ColumnTypes* columns) const;

  NormalizeOptions options_;
  /// Comparisons already made, by texts and setting (see compare()).
  mutable std::map<std::string, normalize::ExpressionComparison> decided_;
  std::map<model::QualifiedName, ColumnTypes> column_types_;
};

}  // namespace driftgate::parse
