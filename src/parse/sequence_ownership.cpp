#include "parse/sequence_ownership.hpp"

#include "model/identifier.hpp"
#include "parse/statement_error.hpp"

namespace driftgate::parse {

std::optional<model::ColumnRef> resolve_owned_by(LoadContext& context, const model::QualifiedName& sequence,
                                                 const std::vector<std::string>& names) {
  if (names.size() == 1 && names.front() == "none") return std::nullopt;
  if (names.size() < 2) {
    throw StatementError("OWNED BY needs table.column (or NONE)");
  }
  const std::string& column = names.back();
  const std::string& table_name = names[names.size() - 2];
  const std::string schema = names.size() >= 3 ? names[names.size() - 3] : "";
  const model::QualifiedName table = context.resolve_relation(schema, table_name);
  auto found = context.catalog().tables.find(table);
  if (found == context.catalog().tables.end()) {
    throw StatementError("OWNED BY names table " + model::to_sql(table) +
                         ", which is not defined before this statement");
  }
  if (found->second.find_column(column) == nullptr) {
    throw StatementError("OWNED BY names column " + model::quote_ident(column) + ", which table " +
                         model::to_sql(table) + " does not have");
  }
  if (table.schema != sequence.schema) {
    throw StatementError("sequence " + model::to_sql(sequence) + " must be in the same schema as table " +
                         model::to_sql(table) + " it is owned by");
  }
  return model::ColumnRef{table, column};
}

}  // namespace driftgate::parse
