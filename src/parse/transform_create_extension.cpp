#include <string_view>

#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {

void transform_create_extension(LoadContext& context, const PgQuery__CreateExtensionStmt& statement) {
  const std::string name(text_of(statement.extname));
  if (name == "plpgsql") {
    // initdb installs it in every database; introspection and pg_dump leave it out alike.
    context.skip("CREATE EXTENSION plpgsql: every database has it");
    return;
  }
  auto& extensions = context.catalog().extensions;
  auto existing = extensions.find(name);
  if (existing != extensions.end()) {
    if (statement.if_not_exists) {
      context.skip("CREATE EXTENSION IF NOT EXISTS " + model::quote_ident(name) +
                   ": already defined at " + format_location(existing->second.location));
      return;
    }
    context.fail_duplicate("extension " + model::quote_ident(name), existing->second.location);
  }
  model::Extension extension;
  extension.name = name;
  extension.location = context.statement_location();
  for (const PgQuery__Node* node : nodes(statement.options, statement.n_options)) {
    if (node->node_case != PG_QUERY__NODE__NODE_DEF_ELEM) continue;
    const PgQuery__DefElem& option = *node->def_elem;
    const std::string_view option_name = text_of(option.defname);
    if (option_name == "schema") {
      extension.schema = string_value(option.arg);
    } else if (option_name == "new_version") {
      extension.version = std::string(string_value(option.arg));
    }
  }
  if (extension.schema.empty()) extension.schema = context.creation_schema();
  extensions.emplace(name, std::move(extension));
}

}  // namespace driftgate::parse
