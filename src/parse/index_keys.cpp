#include "parse/index_keys.hpp"

#include "model/identifier.hpp"
#include "parse/builtin_operator_classes.hpp"
#include "parse/deparse.hpp"

namespace driftgate::parse {
namespace {

/// `a.b` with each part quoted as needed, leaving out a leading pg_catalog.
std::string qualified_text(NodeList names) {
  std::vector<std::string> parts = string_values(names);
  if (parts.size() >= 2 && parts[parts.size() - 2] == "pg_catalog") parts.erase(parts.begin(), parts.end() - 1);
  std::string text;
  for (const std::string& part : parts) {
    if (!text.empty()) text += '.';
    text += model::quote_ident(part);
  }
  return text;
}

}  // namespace

std::string collation_text(NodeList names) { return qualified_text(names); }

std::string operator_class_text(const LoadContext& context, NodeList names) {
  const std::string text = qualified_text(names);
  if (names.size != 1 || is_builtin_operator_class(string_value(names[0]))) return text;
  return model::quote_ident(context.resolve_type_schema(std::string(string_value(names[0])))) + "." + text;
}

model::IndexKey index_key(LoadContext& context, const PgQuery__IndexElem& element) {
  model::IndexKey key;
  if (element.expr != nullptr) {
    key.element = deparse_expression(element.expr);
    key.is_expression = true;
  } else {
    key.element = text_of(element.name);
  }
  if (element.n_collation > 0) key.collation = collation_text(nodes(element.collation, element.n_collation));
  if (element.n_opclass > 0) key.opclass = operator_class_text(context, nodes(element.opclass, element.n_opclass));
  if (element.n_opclassopts > 0) {
    context.warn("operator class parameters of index element " + key.element +
                 " are not part of the model; ignored");
  }
  key.descending = element.ordering == PG_QUERY__SORT_BY_DIR__SORTBY_DESC;
  switch (element.nulls_ordering) {
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_FIRST: key.nulls_first = true; break;
    case PG_QUERY__SORT_BY_NULLS__SORTBY_NULLS_LAST: key.nulls_first = false; break;
    default: key.nulls_first = key.descending; break;
  }
  return key;
}

std::vector<std::string> included_columns(NodeList elements) {
  std::vector<std::string> columns;
  for (const PgQuery__Node* item : elements) {
    if (item->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM) {
      columns.emplace_back(text_of(item->index_elem->name));
    } else if (item->node_case == PG_QUERY__NODE__NODE_STRING) {
      columns.emplace_back(string_value(item));
    }
  }
  return columns;
}

}  // namespace driftgate::parse
