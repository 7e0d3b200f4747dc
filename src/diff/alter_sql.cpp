#include "diff/alter_sql.hpp"

#include "model/ddl.hpp"
#include "model/ddl_text.hpp"
#include "model/identifier.hpp"

namespace driftgate::diff {
namespace {

using model::quote_ident;
using model::quote_literal;
using model::to_sql;

std::string alter_column(const model::QualifiedName& table, const std::string& column) {
  return "ALTER TABLE " + to_sql(table) + " ALTER COLUMN " + quote_ident(column) + " ";
}

std::string identity_words(model::IdentityKind kind) {
  return kind == model::IdentityKind::Always ? "ALWAYS" : "BY DEFAULT";
}

}  // namespace

std::string drop_schema_sql(const std::string& schema) {
  return "DROP SCHEMA " + quote_ident(schema) + ";";
}

std::string drop_extension_sql(const std::string& extension) {
  return "DROP EXTENSION " + quote_ident(extension) + ";";
}

std::string alter_extension_schema_sql(const std::string& extension, const std::string& schema) {
  return "ALTER EXTENSION " + quote_ident(extension) + " SET SCHEMA " + quote_ident(schema) + ";";
}

std::string alter_extension_version_sql(const std::string& extension, const std::string& version) {
  return "ALTER EXTENSION " + quote_ident(extension) + " UPDATE TO " + quote_literal(version) + ";";
}

std::string drop_type_sql(const model::QualifiedName& type) {
  return "DROP TYPE " + to_sql(type) + ";";
}

std::string add_enum_value_sql(const model::QualifiedName& type, const std::string& label,
                               const std::string& neighbour, bool before, model::Existing existing) {
  std::string sql = "ALTER TYPE " + to_sql(type) + " ADD VALUE " +
                    (existing == model::Existing::Skip ? "IF NOT EXISTS " : "") +
                    quote_literal(label);
  if (!neighbour.empty()) sql += (before ? " BEFORE " : " AFTER ") + quote_literal(neighbour);
  return sql + ";";
}

std::string drop_sequence_sql(const model::QualifiedName& sequence) {
  return "DROP SEQUENCE " + to_sql(sequence) + ";";
}

std::string alter_sequence_options_sql(const model::Sequence& sequence) {
  const model::SequenceOptions& options = sequence.options;
  return "ALTER SEQUENCE " + to_sql(sequence.name) + " AS " + options.data_type +
         " INCREMENT BY " + std::to_string(options.increment) + " MINVALUE " +
         std::to_string(options.min_value) + " MAXVALUE " + std::to_string(options.max_value) +
         " START WITH " + std::to_string(options.start) + " CACHE " +
         std::to_string(options.cache) + (options.cycle ? " CYCLE;" : " NO CYCLE;");
}

std::string sequence_owned_by_none_sql(const model::QualifiedName& sequence) {
  return "ALTER SEQUENCE " + to_sql(sequence) + " OWNED BY NONE;";
}

std::string drop_table_sql(const model::QualifiedName& table) {
  return "DROP TABLE " + to_sql(table) + ";";
}

std::string detach_partition_sql(const model::QualifiedName& parent,
                                 const model::QualifiedName& partition) {
  return "ALTER TABLE " + to_sql(parent) + " DETACH PARTITION " + to_sql(partition) + ";";
}

std::string attach_partition_sql(const model::QualifiedName& parent,
                                 const model::Table& partition) {
  return "ALTER TABLE " + to_sql(parent) + " ATTACH PARTITION " + to_sql(partition.name) + " " +
         partition.partition_bound.value_or("DEFAULT") + ";";
}

std::string add_column_sql(const model::QualifiedName& table, const model::Column& column,
                           model::Existing existing) {
  return "ALTER TABLE " + to_sql(table) + " ADD COLUMN " +
         (existing == model::Existing::Skip ? "IF NOT EXISTS " : "") +
         model::column_definition_sql(column) + ";";
}

std::string drop_column_sql(const model::QualifiedName& table, const std::string& column) {
  return "ALTER TABLE " + to_sql(table) + " DROP COLUMN " + quote_ident(column) + ";";
}

std::string alter_column_type_sql(const model::QualifiedName& table, const model::Column& column,
                                  bool reset_collation) {
  std::string sql = alter_column(table, column.name) + "TYPE " + column.type;
  if (column.collation) {
    sql += " COLLATE " + *column.collation;
  } else if (reset_collation) {
    sql += " COLLATE \"default\"";
  }
  return sql + ";";
}

std::string alter_column_nullability_sql(const model::QualifiedName& table,
                                         const model::Column& column) {
  return alter_column(table, column.name) + (column.not_null ? "SET NOT NULL;" : "DROP NOT NULL;");
}

std::string alter_column_default_sql(const model::QualifiedName& table,
                                     const model::Column& column) {
  if (!column.default_expr) return alter_column(table, column.name) + "DROP DEFAULT;";
  return alter_column(table, column.name) + "SET DEFAULT " + *column.default_expr + ";";
}

std::string alter_column_identity_sql(const model::QualifiedName& table,
                                      const model::Column& column, model::IdentityKind from) {
  const std::string prefix = alter_column(table, column.name);
  if (column.identity == model::IdentityKind::None) return prefix + "DROP IDENTITY;";
  if (from != model::IdentityKind::None) {
    return prefix + "SET GENERATED " + identity_words(column.identity) + ";";
  }
  std::string sql = prefix + "ADD GENERATED " + identity_words(column.identity) + " AS IDENTITY";
  if (column.identity_options) {
    // Only the options PostgreSQL would not choose itself, as CREATE TABLE writes them.
    const std::string options = model::ddl_text::sequence_options_sql(*column.identity_options);
    if (!options.empty()) sql += " (" + options + ")";
  }
  return sql + ";";
}

std::string alter_identity_options_sql(const model::QualifiedName& table,
                                       const model::Column& column) {
  const model::SequenceOptions options =
      column.identity_options.value_or(model::SequenceOptions{});
  return alter_column(table, column.name) + "SET INCREMENT BY " +
         std::to_string(options.increment) + " SET MINVALUE " + std::to_string(options.min_value) +
         " SET MAXVALUE " + std::to_string(options.max_value) + " SET START WITH " +
         std::to_string(options.start) + " SET CACHE " + std::to_string(options.cache) +
         (options.cycle ? " SET CYCLE;" : " SET NO CYCLE;");
}

std::string drop_expression_sql(const model::QualifiedName& table, const std::string& column) {
  return alter_column(table, column) + "DROP EXPRESSION;";
}

std::string drop_constraint_sql(const model::QualifiedName& table, const std::string& constraint) {
  return "ALTER TABLE " + to_sql(table) + " DROP CONSTRAINT " + quote_ident(constraint) + ";";
}

std::string validate_constraint_sql(const model::QualifiedName& table,
                                    const std::string& constraint) {
  return "ALTER TABLE " + to_sql(table) + " VALIDATE CONSTRAINT " + quote_ident(constraint) + ";";
}

std::string drop_index_sql(const model::QualifiedName& index) {
  return "DROP INDEX " + to_sql(index) + ";";
}

std::string drop_view_sql(const model::View& view) {
  return std::string(view.materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") +
         to_sql(view.name) + ";";
}

std::string replace_view_sql(const model::View& view) {
  const std::string create = model::create_view_sql(view);  // "CREATE VIEW …"
  return "CREATE OR REPLACE " + create.substr(std::string("CREATE ").size());
}

}  // namespace driftgate::diff
