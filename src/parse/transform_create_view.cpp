#include <deque>
#include <set>
#include <string>

#include "model/identifier.hpp"
#include "parse/deparse.hpp"
#include "parse/node_walk.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

/// `CREATE VIEW v (a, b) AS SELECT x, y` names the view's columns; PostgreSQL stores the query
/// as `SELECT x AS a, y AS b`, so the aliases go onto the query's output columns.
void apply_column_aliases(NodeList aliases, const PgQuery__Node* query) {
  if (aliases.empty() || query == nullptr || query->node_case != PG_QUERY__NODE__NODE_SELECT_STMT) return;
  PgQuery__SelectStmt& select = *query->select_stmt;
  for (std::size_t i = 0; i < aliases.size && i < select.n_target_list; ++i) {
    PgQuery__Node* target = select.target_list[i];
    if (target->node_case != PG_QUERY__NODE__NODE_RES_TARGET || aliases[i]->node_case != PG_QUERY__NODE__NODE_STRING) {
      continue;
    }
    target->res_target->name = aliases[i]->string->sval;
  }
}

/// Qualifies the relations a view reads that the file's own SET search_path resolves elsewhere
/// than the definition's configured path would (`FROM things` → `FROM app.things`), so the
/// stored query means the same under any search path. Names of WITH queries are left alone.
void qualify_relations(const LoadContext& context, PgQuery__Node* query, std::deque<std::string>& storage) {
  if (query == nullptr) return;
  std::set<std::string> cte_names;
  visit_messages(&query->base, [&](ProtobufCMessage* message) {
    if (message->descriptor == &pg_query__common_table_expr__descriptor) {
      cte_names.insert(std::string(text_of(reinterpret_cast<PgQuery__CommonTableExpr*>(message)->ctename)));
    }
  });
  visit_messages(&query->base, [&](ProtobufCMessage* message) {
    if (message->descriptor != &pg_query__range_var__descriptor) return;
    auto& relation = *reinterpret_cast<PgQuery__RangeVar*>(message);
    const std::string name(text_of(relation.relname));
    if (!text_of(relation.schemaname).empty() || cte_names.count(name) > 0) return;
    const std::string schema = context.schema_set_by_file(name);
    if (schema.empty()) return;
    storage.push_back(schema);
    relation.schemaname = storage.back().data();
  });
}

void add_view(LoadContext& context, const model::QualifiedName& name, bool materialized, std::string definition,
              bool replace) {
  auto& views = context.catalog().views;
  auto existing = views.find(name);
  if (existing != views.end() && replace && existing->second.materialized == materialized) {
    existing->second.definition = std::move(definition);
    existing->second.location = context.statement_location();
    return;
  }
  model::View view;
  view.name = name;
  view.materialized = materialized;
  view.definition = std::move(definition);
  view.location = context.statement_location();
  context.claim_relation(name, materialized ? RelationKind::MaterializedView : RelationKind::View, view.location);
  views.emplace(name, std::move(view));
}

}  // namespace

void transform_create_view(LoadContext& context, const PgQuery__ViewStmt& statement) {
  const model::QualifiedName name = context.creation_name(*statement.view);
  if (text_of(statement.view->relpersistence) == "t") {
    context.warn("temporary view " + model::to_sql(name) + " is not part of the schema; ignored");
    return;
  }
  apply_column_aliases(nodes(statement.aliases, statement.n_aliases), statement.query);
  std::deque<std::string> storage;
  qualify_relations(context, statement.query, storage);
  add_view(context, name, false, deparse_query(statement.query), statement.replace);
}

void transform_create_table_as(LoadContext& context, const PgQuery__CreateTableAsStmt& statement) {
  if (statement.objtype != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW || statement.into == nullptr) {
    context.warn("CREATE TABLE … AS is not supported (its columns come from running a query); "
                 "write CREATE TABLE with the columns instead; the statement was ignored");
    return;
  }
  const model::QualifiedName name = context.creation_name(*statement.into->rel);
  if (const RelationEntry* existing = context.relation(name); existing != nullptr && statement.if_not_exists) {
    context.skip("CREATE MATERIALIZED VIEW IF NOT EXISTS " + model::to_sql(name) + ": already defined at " +
                 format_location(existing->location));
    return;
  }
  apply_column_aliases(nodes(statement.into->col_names, statement.into->n_col_names), statement.query);
  std::deque<std::string> storage;
  qualify_relations(context, statement.query, storage);
  add_view(context, name, true, deparse_query(statement.query), false);
}

}  // namespace driftgate::parse
