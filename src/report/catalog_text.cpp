#include "report/catalog_text.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "model/ddl.hpp"
#include "model/identifier.hpp"

namespace driftgate::report {
namespace {

using model::quote_ident;
using model::to_sql;

// `  -- comment` with line breaks shown as `\n`, or "" without a comment.
std::string comment_suffix(const std::optional<std::string>& comment) {
  if (!comment) return "";
  std::string text = "  -- ";
  for (char ch : *comment) {
    if (ch == '\n') {
      text += "\\n";
    } else if (ch != '\r') {
      text += ch;
    }
  }
  return text;
}

// The options that differ from PostgreSQL's defaults, `increment 5, start 1000, cycle`; "" when
// there are none. The data type is not included.
std::string sequence_options_text(const model::SequenceOptions& options) {
  const model::SequenceOptions defaults =
      model::default_sequence_options(options.data_type, options.increment);
  const std::int64_t default_start = options.increment > 0 ? options.min_value : options.max_value;
  std::string text;
  auto add = [&text](const std::string& part) { text += (text.empty() ? "" : ", ") + part; };
  if (options.increment != 1) add("increment " + std::to_string(options.increment));
  if (options.min_value != defaults.min_value) add("min " + std::to_string(options.min_value));
  if (options.max_value != defaults.max_value) add("max " + std::to_string(options.max_value));
  if (options.start != default_start) add("start " + std::to_string(options.start));
  if (options.cache != 1) add("cache " + std::to_string(options.cache));
  if (options.cycle) add("cycle");
  return text;
}

std::string column_attributes(const model::Column& column) {
  std::vector<std::string> parts;
  if (column.not_null) parts.push_back("not null");
  if (column.collation) parts.push_back("collate " + *column.collation);
  if (column.identity != model::IdentityKind::None) {
    std::string identity =
        column.identity == model::IdentityKind::Always ? "identity always" : "identity by default";
    if (column.identity_options) {
      const std::string options = sequence_options_text(*column.identity_options);
      if (!options.empty()) identity += " (" + options + ")";
    }
    parts.push_back(identity);
  }
  if (column.generated) parts.push_back("generated as (" + *column.generated + ") stored");
  if (column.default_expr) parts.push_back("default " + *column.default_expr);
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : "  ") + part;
  return text;
}

std::vector<TreeNode> column_nodes(const model::Table& table) {
  std::size_t name_width = 0;
  std::size_t type_width = 0;
  for (const auto& column : table.columns) {
    name_width = std::max(name_width, display_width(quote_ident(column.name)));
    type_width = std::max(type_width, display_width(column.type));
  }
  std::vector<TreeNode> nodes;
  for (const auto& column : table.columns) {
    // Padded only up to what follows, so no line ends in blanks.
    const std::string attributes = column_attributes(column);
    const std::string comment = comment_suffix(column.comment);
    std::string text = pad_right(quote_ident(column.name), name_width) + "  ";
    if (attributes.empty() && comment.empty()) {
      text += column.type;
    } else if (attributes.empty()) {
      text += pad_right(column.type, type_width) + comment;
    } else {
      text += pad_right(column.type, type_width) + "  " + attributes + comment;
    }
    nodes.push_back(TreeNode{text, {}});
  }
  return nodes;
}

TreeNode index_node(const model::Index& index) {
  return TreeNode{"index " + quote_ident(index.name.name) + "  " + (index.unique ? "unique " : "") +
                      model::index_definition_sql(index) + comment_suffix(index.comment),
                  {}};
}

std::vector<TreeNode> indexes_on(const model::Catalog& catalog, const model::QualifiedName& on) {
  std::vector<TreeNode> nodes;
  for (const auto& [name, index] : catalog.indexes) {
    if (index.table == on) nodes.push_back(index_node(index));
  }
  return nodes;
}

TreeNode table_node(const model::Catalog& catalog, const model::Table& table) {
  std::string text = "table " + quote_ident(table.name.name);
  if (table.partition_of) {
    text += "  partition of " + to_sql(*table.partition_of) + " " +
            table.partition_bound.value_or("DEFAULT");
  }
  if (table.partition_key) text += "  partition by " + *table.partition_key;
  TreeNode node{text + comment_suffix(table.comment), column_nodes(table)};
  for (const auto& [name, constraint] : table.constraints) {
    std::string line =
        "constraint " + quote_ident(name) + "  " + model::constraint_definition_sql(constraint);
    if (constraint.not_valid) line += " NOT VALID";
    node.children.push_back(TreeNode{line + comment_suffix(constraint.comment), {}});
  }
  for (auto& index : indexes_on(catalog, table.name)) node.children.push_back(std::move(index));
  return node;
}

TreeNode schema_node(const model::Catalog& catalog, const std::string& schema) {
  std::string text = "schema " + quote_ident(schema);
  if (auto declared = catalog.schemas.find(schema); declared != catalog.schemas.end()) {
    text += comment_suffix(declared->second.comment);
  }
  TreeNode node{text, {}};
  for (const auto& [name, enum_type] : catalog.enums) {
    if (name.schema != schema) continue;
    std::string labels;
    for (const auto& label : enum_type.labels) {
      labels += (labels.empty() ? "" : ", ") + model::quote_literal(label);
    }
    node.children.push_back(TreeNode{
        "enum " + quote_ident(name.name) + " (" + labels + ")" + comment_suffix(enum_type.comment),
        {}});
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    if (name.schema != schema) continue;
    std::string line = "sequence " + quote_ident(name.name) + "  as " + sequence.options.data_type;
    const std::string options = sequence_options_text(sequence.options);
    if (!options.empty()) line += ", " + options;
    if (sequence.owned_by) {
      line += "  owned by " + to_sql(sequence.owned_by->table) + "." +
              quote_ident(sequence.owned_by->column);
    }
    node.children.push_back(TreeNode{line + comment_suffix(sequence.comment), {}});
  }
  for (const auto& [name, table] : catalog.tables) {
    if (name.schema == schema) node.children.push_back(table_node(catalog, table));
  }
  for (const auto& [name, view] : catalog.views) {
    if (name.schema != schema) continue;
    node.children.push_back(TreeNode{(view.materialized ? "materialized view " : "view ") +
                                         quote_ident(name.name) + comment_suffix(view.comment),
                                     indexes_on(catalog, name)});
  }
  // An index whose table is not in the model still shows, under its own schema.
  for (const auto& [name, index] : catalog.indexes) {
    if (name.schema != schema || catalog.tables.contains(index.table) ||
        catalog.views.contains(index.table)) {
      continue;
    }
    TreeNode orphan = index_node(index);
    orphan.text += "  (on " + to_sql(index.table) + ", which is not in the model)";
    node.children.push_back(std::move(orphan));
  }
  return node;
}

std::string count_text(std::size_t count, const std::string& singular, const std::string& plural) {
  return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

std::string summary_line(const model::Catalog& catalog) {
  std::size_t constraints = 0;
  for (const auto& [name, table] : catalog.tables) constraints += table.constraints.size();
  std::size_t materialized = 0;
  for (const auto& [name, view] : catalog.views) materialized += view.materialized ? 1 : 0;
  return count_text(catalog.schemas.size(), "schema", "schemas") + ", " +
         count_text(catalog.extensions.size(), "extension", "extensions") + ", " +
         count_text(catalog.enums.size(), "enum", "enums") + ", " +
         count_text(catalog.sequences.size(), "sequence", "sequences") + ", " +
         count_text(catalog.tables.size(), "table", "tables") + ", " +
         count_text(constraints, "constraint", "constraints") + ", " +
         count_text(catalog.indexes.size(), "index", "indexes") + ", " +
         count_text(catalog.views.size() - materialized, "view", "views") + ", " +
         count_text(materialized, "materialized view", "materialized views");
}

}  // namespace

std::string catalog_to_text(const model::Catalog& catalog, TreeGlyphs glyphs) {
  std::vector<TreeNode> roots;
  for (const auto& [name, extension] : catalog.extensions) {
    std::string text = "extension " + quote_ident(name);
    if (extension.version) text += " " + *extension.version;
    if (!extension.schema.empty()) text += "  in schema " + quote_ident(extension.schema);
    roots.push_back(TreeNode{text + comment_suffix(extension.comment), {}});
  }

  // Every schema that is declared or holds something, in name order.
  std::set<std::string> schemas;
  for (const auto& [name, schema] : catalog.schemas) schemas.insert(name);
  for (const auto& [name, object] : catalog.enums) schemas.insert(name.schema);
  for (const auto& [name, object] : catalog.sequences) schemas.insert(name.schema);
  for (const auto& [name, object] : catalog.tables) schemas.insert(name.schema);
  for (const auto& [name, object] : catalog.indexes) schemas.insert(name.schema);
  for (const auto& [name, object] : catalog.views) schemas.insert(name.schema);

  std::string out = render_tree(roots, glyphs);
  for (const auto& schema : schemas) {
    if (!out.empty()) out += "\n";
    out += render_tree({schema_node(catalog, schema)}, glyphs);
  }
  if (!out.empty()) out += "\n";
  return out + summary_line(catalog) + "\n";
}

}  // namespace driftgate::report
