#include <algorithm>

#include "model/ddl.hpp"
#include "model/identifier.hpp"

// CREATE statements of the objects that fit on one line: schemas, extensions, enums, views.

namespace driftgate::model {

namespace {

std::string if_not_exists(Existing existing) {
  return existing == Existing::Skip ? "IF NOT EXISTS " : "";
}

}  // namespace

std::string create_schema_sql(const Schema& schema, Existing existing) {
  return "CREATE SCHEMA " + if_not_exists(existing) + quote_ident(schema.name) + ";";
}

std::string create_extension_sql(const Extension& extension, Existing existing) {
  std::string sql = "CREATE EXTENSION " + if_not_exists(existing) + quote_ident(extension.name);
  if (!extension.schema.empty()) sql += " WITH SCHEMA " + quote_ident(extension.schema);
  if (extension.version) sql += " VERSION " + quote_literal(*extension.version);
  return sql + ";";
}

std::string create_enum_sql(const EnumType& enum_type) {
  std::string labels;
  for (const auto& label : enum_type.labels) {
    if (!labels.empty()) labels += ", ";
    labels += quote_literal(label);
  }
  return "CREATE TYPE " + to_sql(enum_type.name) + " AS ENUM (" + labels + ");";
}

std::string create_view_sql(const View& view, Existing existing) {
  // The stored text may carry pg_get_viewdef's surrounding blanks and final semicolon.
  std::string definition = view.definition;
  auto is_trailing = [](char ch) {
    return ch == ';' || ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
  };
  while (!definition.empty() && is_trailing(definition.back())) definition.pop_back();
  auto first = std::find_if(definition.begin(), definition.end(), [](char ch) {
    return ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r';
  });
  definition.erase(definition.begin(), first);
  // A `--` comment on the last line would swallow a semicolon written after it.
  const auto last_line = definition.rfind('\n');
  const bool ends_in_comment =
      definition.find("--", last_line == std::string::npos ? 0 : last_line) != std::string::npos;
  const std::string head =
      view.materialized ? "CREATE MATERIALIZED VIEW " + if_not_exists(existing)
                        : (existing == Existing::Skip ? "CREATE OR REPLACE VIEW " : "CREATE VIEW ");
  return head + to_sql(view.name) + " AS\n" + definition + (ends_in_comment ? "\n;" : ";");
}

}  // namespace driftgate::model
