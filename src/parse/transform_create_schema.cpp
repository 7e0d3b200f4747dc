#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {

void transform_create_schema(LoadContext& context, const PgQuery__CreateSchemaStmt& statement) {
  std::string name(text_of(statement.schemaname));
  if (name.empty() && statement.authrole != nullptr) name = text_of(statement.authrole->rolename);
  if (name.empty()) throw StatementError("CREATE SCHEMA needs a schema name");

  auto& schemas = context.catalog().schemas;
  auto existing = schemas.find(name);
  // Every database has initdb's public schema: IF NOT EXISTS makes this a no-op, as in PostgreSQL.
  if (name == "public" && statement.if_not_exists && existing == schemas.end() &&
      statement.n_schema_elts == 0) {
    context.skip("CREATE SCHEMA IF NOT EXISTS public: every database has it");
    return;
  }
  if (existing != schemas.end()) {
    if (statement.if_not_exists) {
      context.skip("CREATE SCHEMA IF NOT EXISTS " + model::quote_ident(name) + ": already defined at " +
                   format_location(existing->second.location));
      return;
    }
    context.fail_duplicate("schema " + model::quote_ident(name), existing->second.location);
  }
  model::Schema schema;
  schema.name = name;
  schema.location = context.statement_location();
  schemas.emplace(name, std::move(schema));

  // Elements of CREATE SCHEMA are created in the new schema, which leads the search path.
  if (statement.n_schema_elts > 0) {
    const std::vector<std::string> saved = context.search_path();
    std::vector<std::string> path = saved;
    path.insert(path.begin(), name);
    context.set_search_path(path);
    for (const PgQuery__Node* element : nodes(statement.schema_elts, statement.n_schema_elts)) {
      transform_statement(context, *element);
    }
    context.set_search_path(saved);
  }
}

}  // namespace driftgate::parse
