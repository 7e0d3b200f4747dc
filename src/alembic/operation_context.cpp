#include "alembic/operation_context.hpp"

#include <algorithm>

#include "model/identifier.hpp"
#include "alembic/sql_text.hpp"

namespace driftgate::alembic {

void OperationContext::ensure_enum(const SqlType& type) {
  if (!type.enum_type) return;
  const EnumDefinition& definition = *type.enum_type;
  const std::string schema = definition.schema.empty() ? "public" : definition.schema;
  if (documented.enums.count({schema, definition.name}) > 0) return;
  std::string labels;
  for (const auto& label : definition.labels) labels += (labels.empty() ? "" : ", ") + model::quote_literal(label);
  std::string statement = "CREATE TYPE " + qualified(definition.schema, definition.name) + " AS ENUM (" + labels + ")";
  if (std::find(out.statements.begin(), out.statements.end(), statement) == out.statements.end()) {
    out.statements.push_back(std::move(statement));
  }
}

void OperationContext::note_type(const SqlType& type) {
  if (type.unknown_name.empty()) return;
  out.notes.push_back("type " + type.unknown_name + " is not one driftgate knows; it was kept by name as " + type.sql);
}

}  // namespace driftgate::alembic
