#include "model/ddl.hpp"
#include "model/ddl_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::model {

std::string index_definition_sql(const Index& index) {
  std::string keys;
  for (const auto& key : index.keys) {
    if (!keys.empty()) keys += ", ";
    keys += ddl_text::element_sql(key.element, key.is_expression);
    if (key.collation) keys += " COLLATE " + *key.collation;
    if (key.opclass) keys += " " + ddl_text::opclass_sql(*key.opclass);
    keys += ddl_text::ordering_sql(key.descending, key.nulls_first);
  }
  std::string sql = "USING " + quote_ident(index.method) + " (" + keys + ")";
  if (!index.include.empty()) sql += " INCLUDE (" + ddl_text::ident_list(index.include) + ")";
  if (index.nulls_not_distinct) sql += " NULLS NOT DISTINCT";
  if (index.predicate) sql += " WHERE (" + *index.predicate + ")";
  return sql;
}

std::string create_index_sql(const Index& index, Existing existing, IndexBuild build) {
  return std::string("CREATE ") + (index.unique ? "UNIQUE " : "") + "INDEX " +
         (build == IndexBuild::Concurrent ? "CONCURRENTLY " : "") +
         (existing == Existing::Skip ? "IF NOT EXISTS " : "") + quote_ident(index.name.name) +
         " ON " + to_sql(index.table) + " " + index_definition_sql(index) + ";";
}

}  // namespace driftgate::model
