#include "model/catalog_json.hpp"

#include <nlohmann/json.hpp>

#include "model/enum_names.hpp"

// The writing half of the JSON form; catalog_json_read.cpp reads it back. Field names are the
// C++ member names, so the model, this file and schema/model.schema.json read alike.

namespace driftgate::model {
namespace {

using nlohmann::json;

json optional_text(const std::optional<std::string>& text) {
  return text ? json(*text) : json(nullptr);
}

json location_json(const SourceLocation& location) {
  return json{{"file", location.file}, {"line", location.line}, {"column", location.column}};
}

json qualified_json(const QualifiedName& name) {
  return json{{"schema", name.schema}, {"name", name.name}};
}

json text_array(const std::vector<std::string>& texts) {
  json array = json::array();
  for (const auto& text : texts) array.push_back(text);
  return array;
}

json schema_json(const Schema& schema) {
  return json{{"name", schema.name},
              {"comment", optional_text(schema.comment)},
              {"location", location_json(schema.location)}};
}

json extension_json(const Extension& extension) {
  return json{{"name", extension.name},
              {"schema", extension.schema},
              {"version", optional_text(extension.version)},
              {"comment", optional_text(extension.comment)},
              {"location", location_json(extension.location)}};
}

json enum_json(const EnumType& enum_type) {
  return json{{"schema", enum_type.name.schema},
              {"name", enum_type.name.name},
              {"labels", text_array(enum_type.labels)},
              {"comment", optional_text(enum_type.comment)},
              {"location", location_json(enum_type.location)}};
}

json sequence_options_json(const SequenceOptions& options) {
  return json{{"data_type", options.data_type}, {"start", options.start},
              {"increment", options.increment}, {"min_value", options.min_value},
              {"max_value", options.max_value}, {"cache", options.cache},
              {"cycle", options.cycle}};
}

json sequence_json(const Sequence& sequence) {
  json owned_by = nullptr;
  if (sequence.owned_by) {
    owned_by = json{{"table", qualified_json(sequence.owned_by->table)},
                    {"column", sequence.owned_by->column}};
  }
  return json{{"schema", sequence.name.schema},
              {"name", sequence.name.name},
              {"options", sequence_options_json(sequence.options)},
              {"owned_by", owned_by},
              {"comment", optional_text(sequence.comment)},
              {"location", location_json(sequence.location)}};
}

json column_json(const Column& column) {
  return json{
      {"name", column.name},
      {"type", column.type},
      {"collation", optional_text(column.collation)},
      {"not_null", column.not_null},
      {"default_expr", optional_text(column.default_expr)},
      {"identity", enum_name(column.identity)},
      {"identity_options",
       column.identity_options ? sequence_options_json(*column.identity_options) : json(nullptr)},
      {"generated", optional_text(column.generated)},
      {"comment", optional_text(column.comment)},
      {"location", location_json(column.location)}};
}

json foreign_key_json(const ForeignKey& foreign_key) {
  return json{{"ref_table", qualified_json(foreign_key.ref_table)},
              {"ref_columns", text_array(foreign_key.ref_columns)},
              {"match", enum_name(foreign_key.match)},
              {"on_delete", enum_name(foreign_key.on_delete)},
              {"on_update", enum_name(foreign_key.on_update)},
              {"on_delete_columns", text_array(foreign_key.on_delete_columns)}};
}

json exclusion_json(const Exclusion& exclusion) {
  json elements = json::array();
  for (const auto& element : exclusion.elements) {
    elements.push_back(json{{"element", element.element},
                            {"is_expression", element.is_expression},
                            {"opclass", optional_text(element.opclass)},
                            {"descending", element.descending},
                            {"nulls_first", element.nulls_first},
                            {"op", element.op}});
  }
  return json{{"method", exclusion.method},
              {"elements", elements},
              {"predicate", optional_text(exclusion.predicate)}};
}

json constraint_json(const Constraint& constraint) {
  return json{
      {"name", constraint.name},
      {"kind", enum_name(constraint.kind)},
      {"columns", text_array(constraint.columns)},
      {"include", text_array(constraint.include)},
      {"nulls_not_distinct", constraint.nulls_not_distinct},
      {"foreign_key",
       constraint.foreign_key ? foreign_key_json(*constraint.foreign_key) : json(nullptr)},
      {"check", optional_text(constraint.check)},
      {"exclusion", constraint.exclusion ? exclusion_json(*constraint.exclusion) : json(nullptr)},
      {"deferrable", constraint.deferrable},
      {"initially_deferred", constraint.initially_deferred},
      {"not_valid", constraint.not_valid},
      {"no_inherit", constraint.no_inherit},
      {"comment", optional_text(constraint.comment)},
      {"location", location_json(constraint.location)}};
}

json table_json(const Table& table) {
  json columns = json::array();
  for (const auto& column : table.columns) columns.push_back(column_json(column));
  json constraints = json::array();
  for (const auto& [name, constraint] : table.constraints) {
    constraints.push_back(constraint_json(constraint));
  }
  return json{
      {"schema", table.name.schema},
      {"name", table.name.name},
      {"kind", enum_name(table.kind)},
      {"columns", columns},
      {"constraints", constraints},
      {"partition_key", optional_text(table.partition_key)},
      {"partition_of", table.partition_of ? qualified_json(*table.partition_of) : json(nullptr)},
      {"partition_bound", optional_text(table.partition_bound)},
      {"comment", optional_text(table.comment)},
      {"location", location_json(table.location)}};
}

json index_json(const Index& index) {
  json keys = json::array();
  for (const auto& key : index.keys) {
    keys.push_back(json{{"element", key.element},
                        {"is_expression", key.is_expression},
                        {"collation", optional_text(key.collation)},
                        {"opclass", optional_text(key.opclass)},
                        {"descending", key.descending},
                        {"nulls_first", key.nulls_first}});
  }
  return json{{"schema", index.name.schema},
              {"name", index.name.name},
              {"table", qualified_json(index.table)},
              {"unique", index.unique},
              {"nulls_not_distinct", index.nulls_not_distinct},
              {"method", index.method},
              {"keys", keys},
              {"include", text_array(index.include)},
              {"predicate", optional_text(index.predicate)},
              {"comment", optional_text(index.comment)},
              {"location", location_json(index.location)}};
}

json view_json(const View& view) {
  return json{{"schema", view.name.schema},
              {"name", view.name.name},
              {"materialized", view.materialized},
              {"definition", view.definition},
              {"comment", optional_text(view.comment)},
              {"location", location_json(view.location)}};
}

template <typename Map, typename ToJson>
json map_json(const Map& objects, ToJson to_json) {
  json array = json::array();
  for (const auto& [key, object] : objects) array.push_back(to_json(object));
  return array;
}

}  // namespace

json catalog_to_json_value(const Catalog& catalog) {
  return json{{"format", std::string(model_format)},
              {"schemas", map_json(catalog.schemas, schema_json)},
              {"extensions", map_json(catalog.extensions, extension_json)},
              {"enums", map_json(catalog.enums, enum_json)},
              {"sequences", map_json(catalog.sequences, sequence_json)},
              {"tables", map_json(catalog.tables, table_json)},
              {"indexes", map_json(catalog.indexes, index_json)},
              {"views", map_json(catalog.views, view_json)}};
}

std::string catalog_to_json(const Catalog& catalog, JsonStyle style) {
  // Text that is not valid UTF-8 cannot be JSON; it is written as U+FFFD rather than failing.
  const int indent = style == JsonStyle::Pretty ? 2 : -1;
  return catalog_to_json_value(catalog).dump(indent, ' ', false, json::error_handler_t::replace) +
         "\n";
}

}  // namespace driftgate::model
