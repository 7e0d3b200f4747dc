#include <algorithm>

#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"

namespace driftgate::parse {
namespace {

model::EnumType& require_enum(LoadContext& context, const std::vector<std::string>& names) {
  auto& enums = context.catalog().enums;
  const std::string& type_name = names.back();
  const std::string schema =
      names.size() >= 2 ? names[names.size() - 2] : context.resolve_type_schema(type_name);
  auto found = enums.find({schema, type_name});
  if (found == enums.end()) {
    throw StatementError("enum type " + model::quote_ident(schema) + "." + model::quote_ident(type_name) +
                         " is not defined before this statement; define it first with CREATE TYPE … AS ENUM");
  }
  return found->second;
}

}  // namespace

void transform_alter_enum(LoadContext& context, const PgQuery__AlterEnumStmt& statement) {
  const std::vector<std::string> names = string_values(nodes(statement.type_name, statement.n_type_name));
  if (names.empty()) throw StatementError("ALTER TYPE needs a type name");
  model::EnumType& type = require_enum(context, names);
  std::vector<std::string>& labels = type.labels;
  const std::string new_value(text_of(statement.new_val));

  if (!text_of(statement.old_val).empty()) {  // RENAME VALUE old TO new
    auto old_label = std::find(labels.begin(), labels.end(), std::string(text_of(statement.old_val)));
    if (old_label == labels.end()) {
      throw StatementError("type " + model::to_sql(type.name) + " has no label " +
                           model::quote_literal(text_of(statement.old_val)));
    }
    *old_label = new_value;
    return;
  }

  if (std::find(labels.begin(), labels.end(), new_value) != labels.end()) {
    if (statement.skip_if_new_val_exists) {
      context.skip("ALTER TYPE … ADD VALUE IF NOT EXISTS " + model::quote_literal(new_value) +
                   ": the label already exists");
      return;
    }
    throw StatementError("enum label " + model::quote_literal(new_value) + " already exists in type " +
                         model::to_sql(type.name) + "; use ADD VALUE IF NOT EXISTS to allow repeats");
  }
  auto position = labels.end();
  if (!text_of(statement.new_val_neighbor).empty()) {
    auto neighbor = std::find(labels.begin(), labels.end(), std::string(text_of(statement.new_val_neighbor)));
    if (neighbor == labels.end()) {
      throw StatementError("type " + model::to_sql(type.name) + " has no label " +
                           model::quote_literal(text_of(statement.new_val_neighbor)) +
                           " to add a value before or after");
    }
    position = statement.new_val_is_after ? neighbor + 1 : neighbor;
  }
  labels.insert(position, new_value);
}

}  // namespace driftgate::parse
