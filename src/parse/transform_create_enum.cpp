#include <algorithm>

#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {

void transform_create_enum(LoadContext& context, const PgQuery__CreateEnumStmt& statement) {
  const std::vector<std::string> names = string_values(nodes(statement.type_name, statement.n_type_name));
  if (names.empty()) throw StatementError("CREATE TYPE needs a type name");
  const std::string schema = names.size() >= 2 ? names[names.size() - 2] : "";
  const model::QualifiedName name = context.creation_name(schema, names.back());

  auto& enums = context.catalog().enums;
  auto existing = enums.find(name);
  if (existing != enums.end()) {
    context.fail_duplicate("type " + model::to_sql(name), existing->second.location);
  }
  model::EnumType type;
  type.name = name;
  type.location = context.statement_location();
  for (const PgQuery__Node* value : nodes(statement.vals, statement.n_vals)) {
    std::string label(string_value(value));
    if (std::find(type.labels.begin(), type.labels.end(), label) != type.labels.end()) {
      throw StatementError("enum label " + model::quote_literal(label) + " is listed twice in type " +
                           model::to_sql(name));
    }
    type.labels.push_back(std::move(label));
  }
  enums.emplace(name, std::move(type));
}

}  // namespace driftgate::parse
