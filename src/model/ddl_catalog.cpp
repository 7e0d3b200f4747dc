#include <algorithm>
#include <set>
#include <tuple>
#include <vector>

#include "model/ddl.hpp"

// The whole model as one script, in an order that applies to an empty database.

namespace driftgate::model {
namespace {

// The script being written: sections under a `-- Title` line (only when they hold something),
// a blank line around statements that span several lines.
class Script {
 public:
  void section(const std::string& title) { title_ = title; }
  void add(const std::string& statement) {
    const bool multiline = statement.find('\n') != std::string::npos;
    if (!title_.empty()) {
      if (!text_.empty()) text_ += "\n";
      text_ += "-- " + title_ + "\n";
      title_.clear();
    } else if (multiline || previous_multiline_) {
      text_ += "\n";
    }
    text_ += statement + "\n";
    previous_multiline_ = multiline;
  }
  void add(const std::optional<std::string>& statement) {
    if (statement) add(*statement);
  }
  std::string text() const { return text_; }

 private:
  std::string title_;
  std::string text_;
  bool previous_multiline_ = false;
};

// Tables with every partitioned parent before its partitions, otherwise in identity order.
std::vector<const Table*> tables_parents_first(const Catalog& catalog) {
  std::vector<const Table*> ordered;
  std::set<QualifiedName> placed;
  auto place = [&](const Table& table, auto& self) -> void {
    if (!placed.insert(table.name).second) return;
    if (table.partition_of) {
      auto parent = catalog.tables.find(*table.partition_of);
      if (parent != catalog.tables.end()) self(parent->second, self);
    }
    ordered.push_back(&table);
  };
  for (const auto& [name, table] : catalog.tables) place(table, place);
  return ordered;
}

// Views in the order the definition wrote them (a view may read views defined before it).
std::vector<const View*> views_in_definition_order(const Catalog& catalog) {
  std::vector<const View*> ordered;
  for (const auto& [name, view] : catalog.views) ordered.push_back(&view);
  std::stable_sort(ordered.begin(), ordered.end(), [](const View* a, const View* b) {
    return std::tie(a->location.file, a->location.line, a->location.column, a->name) <
           std::tie(b->location.file, b->location.line, b->location.column, b->name);
  });
  return ordered;
}

}  // namespace

std::string catalog_to_sql(const Catalog& catalog) {
  Script script;

  script.section("Schemas");
  for (const auto& [name, schema] : catalog.schemas) {
    if (name != "public") script.add(create_schema_sql(schema));
  }
  script.section("Extensions");
  for (const auto& [name, extension] : catalog.extensions) {
    if (name != "plpgsql") script.add(create_extension_sql(extension));
  }
  script.section("Enum types");
  for (const auto& [name, enum_type] : catalog.enums) script.add(create_enum_sql(enum_type));
  script.section("Sequences");
  for (const auto& [name, sequence] : catalog.sequences) {
    script.add(create_sequence_sql(sequence));
  }

  const std::vector<const Table*> tables = tables_parents_first(catalog);
  script.section("Tables");
  for (const Table* table : tables) script.add(create_table_sql(*table));
  script.section("Sequence ownership");
  for (const auto& [name, sequence] : catalog.sequences) {
    script.add(sequence_owned_by_sql(sequence));
  }
  // Indexes before foreign keys: a foreign key may reference columns made unique by an index.
  script.section("Indexes");
  for (const auto& [name, index] : catalog.indexes) {
    if (!catalog.views.contains(index.table)) script.add(create_index_sql(index));
  }
  script.section("Foreign keys and constraints added after the tables");
  for (const Table* table : tables) {
    for (const auto& [name, constraint] : table->constraints) {
      if (constraint_placement(constraint) == ConstraintPlacement::AfterTables) {
        script.add(add_constraint_sql(table->name, constraint));
      }
    }
  }

  script.section("Views");
  for (const View* view : views_in_definition_order(catalog)) {
    script.add(create_view_sql(*view));
  }
  script.section("Indexes of materialized views");
  for (const auto& [name, index] : catalog.indexes) {
    if (catalog.views.contains(index.table)) script.add(create_index_sql(index));
  }

  script.section("Comments");
  for (const auto& [name, schema] : catalog.schemas) script.add(comment_sql(schema));
  for (const auto& [name, extension] : catalog.extensions) script.add(comment_sql(extension));
  for (const auto& [name, enum_type] : catalog.enums) script.add(comment_sql(enum_type));
  for (const auto& [name, sequence] : catalog.sequences) script.add(comment_sql(sequence));
  for (const Table* table : tables) {
    script.add(comment_sql(*table));
    for (const auto& column : table->columns) script.add(comment_sql(table->name, column));
    for (const auto& [name, constraint] : table->constraints) {
      script.add(comment_sql(table->name, constraint));
    }
  }
  for (const auto& [name, index] : catalog.indexes) script.add(comment_sql(index));
  for (const auto& [name, view] : catalog.views) script.add(comment_sql(view));
  return script.text();
}

}  // namespace driftgate::model
