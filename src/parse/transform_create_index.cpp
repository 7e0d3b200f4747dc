#include "model/identifier.hpp"
#include "parse/deparse.hpp"
#include "parse/implicit_names.hpp"
#include "parse/index_column_names.hpp"
#include "parse/index_keys.hpp"
#include "parse/partitions.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

/// The table or materialized view an index is built on.
model::QualifiedName indexed_relation(LoadContext& context, const PgQuery__RangeVar& relation) {
  const model::QualifiedName name = context.resolve_relation(text_of(relation.schemaname), text_of(relation.relname));
  const RelationEntry* entry = context.relation(name);
  if (entry == nullptr || (entry->kind != RelationKind::Table && entry->kind != RelationKind::MaterializedView)) {
    throw StatementError("CREATE INDEX on " + model::to_sql(name) +
                         ", which is not a table or materialized view defined before this statement");
  }
  return name;
}

}  // namespace

void transform_create_index(LoadContext& context, const PgQuery__IndexStmt& statement) {
  const model::QualifiedName table = indexed_relation(context, *statement.relation);
  const NodeList params = nodes(statement.index_params, statement.n_index_params);
  const NodeList including = nodes(statement.index_including_params, statement.n_index_including_params);

  model::Index index;
  index.table = table;
  index.location = context.statement_location();
  index.unique = statement.unique;
  index.nulls_not_distinct = statement.nulls_not_distinct;
  if (!text_of(statement.access_method).empty()) index.method = statement.access_method;
  const model::Table* indexed_table = nullptr;
  if (auto found = context.catalog().tables.find(table); found != context.catalog().tables.end()) {
    indexed_table = &found->second;
  }
  for (const PgQuery__Node* param : params) {
    if (param->node_case != PG_QUERY__NODE__NODE_INDEX_ELEM) continue;
    model::IndexKey key = index_key(context, *param->index_elem);
    // PostgreSQL records a key's collation only where it differs from the column's.
    if (!key.is_expression && key.collation && indexed_table != nullptr) {
      const model::Column* column = indexed_table->find_column(key.element);
      if (column != nullptr && column->collation == key.collation) key.collation.reset();
    }
    index.keys.push_back(std::move(key));
  }
  index.include = included_columns(including);
  if (statement.where_clause != nullptr) index.predicate = deparse_expression(statement.where_clause);

  const std::vector<std::string> column_names = choose_index_column_names(params, including);
  if (!text_of(statement.idxname).empty()) {
    index.name = {table.schema, statement.idxname};
    if (const RelationEntry* existing = context.relation(index.name); existing != nullptr && statement.if_not_exists) {
      context.skip("CREATE INDEX IF NOT EXISTS " + model::to_sql(index.name) + ": already defined at " +
                   format_location(existing->location));
      return;
    }
  } else {
    const std::string name = choose_name(table.name, name_addition(column_names), "idx",
                                          [&](const std::string& candidate) {
                                            return context.relation_name_taken(table.schema, candidate);
                                          });
    index.name = {table.schema, name};
  }
  context.claim_relation(index.name, RelationKind::Index, index.location, table);
  IndexFacts facts{index.name, table, column_names, "idx", false, index_signature(index)};
  context.remember_index(facts);
  context.catalog().indexes.emplace(index.name, std::move(index));
  if (statement.relation->inh) propagate_index(context, table, facts);
}

}  // namespace driftgate::parse
