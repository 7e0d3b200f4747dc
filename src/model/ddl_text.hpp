#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/identifier.hpp"
#include "model/sequence.hpp"

// Small text helpers shared by the ddl_*.cpp files.

namespace driftgate::model::ddl_text {

/// `a, "B", c`: each name quoted with quote_ident, separated by commas.
inline std::string ident_list(const std::vector<std::string>& names) {
  std::string list;
  for (const auto& name : names) {
    if (!list.empty()) list += ", ";
    list += quote_ident(name);
  }
  return list;
}

/// The ordering words of an index or exclusion element, written only when they differ from
/// the default (ASC NULLS LAST, DESC NULLS FIRST).
inline std::string ordering_sql(bool descending, bool nulls_first) {
  std::string text = descending ? " DESC" : "";
  if (nulls_first != descending) text += nulls_first ? " NULLS FIRST" : " NULLS LAST";
  return text;
}

/// An index or exclusion element: a quoted column name, or an expression in parentheses.
inline std::string element_sql(const std::string& element, bool is_expression) {
  return is_expression ? "(" + element + ")" : quote_ident(element);
}

/// An operator class: a raw name, schema-qualified with a dot when it is not on the search
/// path (`text_pattern_ops`, `public.my_ops`); each part quoted with quote_ident.
inline std::string opclass_sql(const std::string& opclass) {
  std::string sql;
  std::size_t start = 0;
  for (;;) {
    const std::size_t dot = opclass.find('.', start);
    sql += quote_ident(std::string_view(opclass).substr(start, dot - start));
    if (dot == std::string::npos) return sql;
    sql += '.';
    start = dot + 1;
  }
}

/// The options of a sequence or identity that differ from what PostgreSQL resolves when they
/// are omitted, space-separated (`INCREMENT BY 5 START WITH 100 CYCLE`), without `AS type`;
/// "" when every option is the default. Defined in ddl_sequence.cpp.
std::string sequence_options_sql(const SequenceOptions& options);

}  // namespace driftgate::model::ddl_text
