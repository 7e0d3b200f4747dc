#include "diff/diff_catalogs.hpp"

#include <algorithm>

#include "diff/diff_context.hpp"
#include "diff/fix_statements.hpp"
#include "diff/severity.hpp"

namespace driftgate::diff {

std::vector<DriftItem> diff_catalogs(const model::Catalog& expected, const model::Catalog& actual,
                                     const normalize::ExpressionComparator& comparator,
                                     const DiffOptions& options) {
  DiffContext context{expected, actual, comparator, options, {}};
  diff_schemas(context);
  diff_extensions(context);
  diff_enums(context);
  diff_sequences(context);
  diff_tables(context);
  diff_indexes(context);
  diff_views(context);

  std::stable_sort(context.items.begin(), context.items.end());
  // Judgement and SQL come last, from the finished items.
  for (auto& item : context.items) {
    item.severity = severity_of(item);
    FixStatements fix = fix_statements(item, expected, actual);
    item.fix_sql = std::move(fix.statements);
    item.fix_note = std::move(fix.note);
  }
  return std::move(context.items);
}

}  // namespace driftgate::diff
