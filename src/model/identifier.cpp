#include "model/identifier.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "model/qualified_name.hpp"

namespace driftgate::model {
namespace {

// Every keyword of PostgreSQL 15 whose category is not "unreserved" (reserved, column-name and
// type-function-name keywords): `SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'
// ORDER BY word COLLATE "C"`. quote_ident() quotes these even though they are lower case.
// clang-format off
constexpr std::array<std::string_view, 151> keywords_needing_quotes = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
    "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast",
    "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently",
    "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
    "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal",
    "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists",
    "extract", "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant",
    "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner", "inout",
    "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral",
    "leading", "least", "left", "like", "limit", "localtime", "localtimestamp", "national",
    "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
    "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing",
    "position", "precision", "primary", "real", "references", "returning", "right", "row",
    "select", "session_user", "setof", "similar", "smallint", "some", "substring", "symmetric",
    "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat", "trim",
    "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
    "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
};
// clang-format on
static_assert(std::is_sorted(keywords_needing_quotes.begin(), keywords_needing_quotes.end()),
              "binary search needs the keywords in byte order");

bool is_keyword_needing_quotes(std::string_view word) {
  return std::binary_search(keywords_needing_quotes.begin(), keywords_needing_quotes.end(), word);
}

// PostgreSQL's own test (ruleutils.c quote_identifier): only ASCII lower-case letters, digits
// and underscores, not starting with a digit. `$` and every non-ASCII byte force quotes.
bool is_plain_identifier(std::string_view name) {
  if (name.empty()) return false;
  const char first = name.front();
  if (!((first >= 'a' && first <= 'z') || first == '_')) return false;
  return std::all_of(name.begin(), name.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
  });
}

}  // namespace

std::string quote_ident(std::string_view name) {
  if (is_plain_identifier(name) && !is_keyword_needing_quotes(name)) return std::string(name);
  std::string quoted = "\"";
  for (char ch : name) {
    if (ch == '"') quoted += '"';
    quoted += ch;
  }
  quoted += '"';
  return quoted;
}

std::string quote_literal(std::string_view text) {
  // Like PostgreSQL's quote_literal(): quotes and backslashes doubled, and an E prefix when a
  // backslash is present so the doubled backslash means one backslash whatever
  // standard_conforming_strings says.
  const bool has_backslash = text.find('\\') != std::string_view::npos;
  std::string quoted = has_backslash ? "E'" : "'";
  for (char ch : text) {
    if (ch == '\'' || ch == '\\') quoted += ch;
    quoted += ch;
  }
  quoted += '\'';
  return quoted;
}

std::string to_sql(const QualifiedName& name) {
  return quote_ident(name.schema) + "." + quote_ident(name.name);
}

}  // namespace driftgate::model
