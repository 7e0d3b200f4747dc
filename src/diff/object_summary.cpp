#include "diff/object_summary.hpp"

#include "model/ddl.hpp"
#include "model/enum_names.hpp"
#include "model/identifier.hpp"

namespace driftgate::diff {

std::string column_summary(const model::Column& column) {
  return model::column_definition_sql(column);
}

std::string constraint_summary(const model::Constraint& constraint) {
  std::string text = model::constraint_definition_sql(constraint);
  if (constraint.not_valid) text += " NOT VALID";
  return text;
}

std::string index_summary(const model::Index& index) {
  return std::string(index.unique ? "UNIQUE " : "") + "ON " + model::to_sql(index.table) + " " +
         model::index_definition_sql(index);
}

std::string enum_labels_summary(const std::vector<std::string>& labels) {
  std::string text;
  for (const auto& label : labels) {
    if (!text.empty()) text += ", ";
    text += model::quote_literal(label);
  }
  return text;
}

std::string sequence_options_summary(const model::SequenceOptions& options) {
  return "AS " + options.data_type + " INCREMENT BY " + std::to_string(options.increment) +
         " MINVALUE " + std::to_string(options.min_value) + " MAXVALUE " +
         std::to_string(options.max_value) + " START WITH " + std::to_string(options.start) +
         " CACHE " + std::to_string(options.cache) + (options.cycle ? " CYCLE" : " NO CYCLE");
}

std::string table_kind_summary(const model::Table& table) {
  std::string text(model::enum_name(table.kind));
  if (table.kind == model::TableKind::Partition && table.partition_of) {
    text += " of " + model::to_sql(*table.partition_of);
    if (table.partition_bound) text += " " + *table.partition_bound;
  }
  if (table.partition_key) text += " " + *table.partition_key;
  return text;
}

}  // namespace driftgate::diff
