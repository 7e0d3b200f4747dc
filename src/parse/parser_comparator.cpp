#include "parse/parser_comparator.hpp"

#include <optional>
#include <set>

#include "parse/expression_tree.hpp"
#include "parse/node_walk.hpp"
#include "parse/normalize_expression.hpp"
#include "parse/normalize_rules.hpp"
#include "util/map_find.hpp"

namespace driftgate::parse {
namespace {

using normalize::ExpressionComparison;
using normalize::Verdict;

constexpr std::string_view kStarReason =
    "the definition's query selects *, which PostgreSQL expands into the list of columns when it "
    "creates the view; only PostgreSQL's analysis can compare the two";

NormalizeOptions options_from(const ComparatorSettings& settings) {
  NormalizeOptions options;
  options.first_schema.clear();
  for (const std::string& schema : settings.search_path) {
    if (!schema.empty() && schema.front() != '$') {
      options.first_schema = schema;
      break;
    }
  }
  static const std::set<std::string> kUtcNames = {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "UCT", "Etc/UCT",
                                                  "Universal", "Etc/Universal", "Zulu", "Etc/Zulu"};
  options.sessions_in_utc = kUtcNames.count(settings.target_timezone) > 0;
  for (const model::QualifiedName& name : settings.enum_types) {
    options.verbatim_types.insert(name.schema == options.first_schema ? name.name
                                                                      : name.schema + "." + name.name);
  }
  return options;
}

ExpressionComparison uncompared(ExpressionComparison result, std::string reason) {
  result.verdict = Verdict::Uncompared;
  result.reason = std::move(reason);
  return result;
}

}  // namespace

ComparatorSettings comparator_settings(const model::Catalog& expected, const model::Catalog& actual,
                                       std::vector<std::string> search_path) {
  ComparatorSettings settings;
  settings.search_path = std::move(search_path);
  for (const model::Catalog* catalog : {&expected, &actual}) {
    for (const auto& [name, enum_type] : catalog->enums) settings.enum_types.push_back(name);
  }
  for (const auto& [name, table] : expected.tables) {
    const auto* other = find_value(actual.tables, name);
    if (other == nullptr) continue;
    ColumnTypes& types = settings.column_types[name];
    for (const model::Column& column : table.columns) {
      const model::Column* same = other->find_column(column.name);
      if (same != nullptr && same->type == column.type) types.emplace(column.name, column.type);
    }
  }
  return settings;
}

ParserComparator::ParserComparator() : ParserComparator(ComparatorSettings{}) {}

ParserComparator::ParserComparator(const ComparatorSettings& settings)
    : options_(options_from(settings)), column_types_(settings.column_types) {}

ExpressionComparison ParserComparator::compare(std::string_view expected, std::string_view actual,
                                               const normalize::ExpressionContext& context) const {
  if (expected == actual) {
    ExpressionComparison result;
    result.decided_by = normalize::DecidedBy::Parser;
    result.expected_normal = std::string(expected);
    result.actual_normal = std::string(actual);
    result.verdict = Verdict::Equal;
    return result;
  }
  // The same two texts in the same setting compare the same way: schemas repeat defaults
  // (`now()`, `false`, `'{}'`) and CHECKs table after table. The setting is the kind, the
  // column type, and the types of the table's columns the texts may name.
  const ColumnTypes* columns = find_value(column_types_, context.table);
  std::string key = std::to_string(static_cast<int>(context.kind));
  for (std::string_view part : {std::string_view(context.column_type), expected, actual}) {
    key += '\0';
    key += part;
  }
  if (columns != nullptr) {
    for (const auto& [name, type] : *columns) {
      if (expected.find(name) == std::string_view::npos && actual.find(name) == std::string_view::npos) continue;
      key += '\1' + name + '\2' + type;
    }
  }
  if (const auto* known = find_value(decided_, key)) return *known;
  ExpressionComparison result = compare_texts(expected, actual, context, columns);
  decided_.emplace(std::move(key), result);
  return result;
}

ExpressionComparison ParserComparator::compare_texts(std::string_view expected, std::string_view actual,
                                                     const normalize::ExpressionContext& context,
                                                     const ColumnTypes* columns) const {
  ExpressionComparison result;
  result.decided_by = normalize::DecidedBy::Parser;
  result.expected_normal = std::string(expected);
  result.actual_normal = std::string(actual);
  std::optional<ExpressionTree> expected_tree;
  try {
    expected_tree.emplace(normalize_expression(expected, context, options_, Strictness::Canonical, columns));
    result.expected_normal = expected_tree->deparse();
  } catch (const ExpressionTextError& error) {
    return uncompared(result, std::string("warning: libpg_query cannot read the definition's text back (") +
                                  error.what() + "); compare it by hand");
  }
  try {
    const ExpressionTree actual_tree = normalize_expression(actual, context, options_, Strictness::Canonical, columns);
    result.actual_normal = actual_tree.deparse();
  } catch (const ExpressionTextError& error) {
    return uncompared(result, std::string("warning: libpg_query cannot parse the text PostgreSQL printed (") +
                                  error.what() + "); compare it by hand");
  }
  if (result.expected_normal == result.actual_normal) {
    result.verdict = Verdict::Equal;
    return result;
  }
  if (context.kind == normalize::ExpressionKind::ViewQuery && selects_star(*expected_tree)) {
    return uncompared(result, std::string(kStarReason));
  }
  try {
    const ExpressionTree loose_expected = normalize_expression(expected, context, options_, Strictness::Loose, columns);
    const ExpressionTree loose_actual = normalize_expression(actual, context, options_, Strictness::Loose, columns);
    const auto constants = [this](const PgQuery__Node& left, const PgQuery__Node& right) {
      return compare_loose_constants(left, right, options_);
    };
    if (same_tree(loose_expected.root(), loose_actual.root(), constants)) {
      return uncompared(result, std::string(kAnalysisReason));
    }
  } catch (const ExpressionTextError& error) {
    return uncompared(result, std::string("warning: the loose comparison failed (") + error.what() + ")");
  }
  result.verdict = Verdict::Different;
  return result;
}

}  // namespace driftgate::parse
