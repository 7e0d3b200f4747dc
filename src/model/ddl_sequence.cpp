#include "model/ddl.hpp"
#include "model/ddl_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::model {

std::string ddl_text::sequence_options_sql(const SequenceOptions& options) {
  const SequenceOptions defaults = default_sequence_options(options.data_type, options.increment);
  // PostgreSQL starts at the minimum (ascending) or maximum (descending) actually given.
  const std::int64_t default_start = options.increment > 0 ? options.min_value : options.max_value;
  std::string text;
  auto add = [&text](const std::string& clause) {
    if (!text.empty()) text += ' ';
    text += clause;
  };
  if (options.increment != 1) add("INCREMENT BY " + std::to_string(options.increment));
  if (options.min_value != defaults.min_value) add("MINVALUE " + std::to_string(options.min_value));
  if (options.max_value != defaults.max_value) add("MAXVALUE " + std::to_string(options.max_value));
  if (options.start != default_start) add("START WITH " + std::to_string(options.start));
  if (options.cache != 1) add("CACHE " + std::to_string(options.cache));
  if (options.cycle) add("CYCLE");
  return text;
}

std::string create_sequence_sql(const Sequence& sequence, Existing existing) {
  std::string sql = std::string("CREATE SEQUENCE ") +
                    (existing == Existing::Skip ? "IF NOT EXISTS " : "") + to_sql(sequence.name) +
                    " AS " + sequence.options.data_type;
  const std::string options = ddl_text::sequence_options_sql(sequence.options);
  if (!options.empty()) sql += " " + options;
  return sql + ";";
}

std::optional<std::string> sequence_owned_by_sql(const Sequence& sequence) {
  if (!sequence.owned_by) return std::nullopt;
  return "ALTER SEQUENCE " + to_sql(sequence.name) + " OWNED BY " +
         to_sql(sequence.owned_by->table) + "." + quote_ident(sequence.owned_by->column) + ";";
}

}  // namespace driftgate::model
