#include "parse/load_context.hpp"

#include <algorithm>

#include "model/identifier.hpp"
#include "parse/pg_query_nodes.hpp"
#include "parse/statement_error.hpp"
#include "parse/type_name.hpp"
#include "util/error.hpp"

namespace driftgate::parse {
namespace {

bool is_user_placeholder(const std::string& schema) { return schema == "$user"; }

}  // namespace

LoadContext::LoadContext(LoadResult& result, const ParseOptions& options)
    : result_(result), options_(options), search_path_(options.search_path) {}

void LoadContext::begin_file(const SourceText& source) {
  source_ = &source;
  reset_search_path();
}

void LoadContext::begin_statement(const ParsedStatement& statement) {
  statement_base_ = statement.base;
  ++statement_number_;
  statement_location_ = source_->location(statement.offset);
}

model::SourceLocation LoadContext::location_of(int node_location) const {
  if (node_location < 0) return statement_location_;
  return source_->location(statement_base_ + static_cast<std::size_t>(node_location));
}

model::SourceLocation LoadContext::location_at(std::size_t offset) const {
  return source_->location(offset);
}

std::string LoadContext::creation_schema() const {
  const auto& schemas = result_.catalog.schemas;
  for (const std::string& schema : search_path_) {
    if (is_user_placeholder(schema)) continue;
    if (schema == "public" || schemas.count(schema) > 0) return schema;
  }
  throw StatementError(
      "no schema has been selected to create in (the search path is empty or names no "
      "defined schema); qualify the name (schema.name) or SET search_path first");
}

model::QualifiedName LoadContext::creation_name(std::string_view schema, std::string_view name) const {
  return {schema.empty() ? creation_schema() : std::string(schema), std::string(name)};
}

model::QualifiedName LoadContext::creation_name(const PgQuery__RangeVar& relation) const {
  return creation_name(text_of(relation.schemaname), text_of(relation.relname));
}

model::QualifiedName LoadContext::resolve_relation(std::string_view schema, std::string_view name) const {
  if (!schema.empty()) return {std::string(schema), std::string(name)};
  for (const std::string& candidate : search_path_) {
    if (is_user_placeholder(candidate)) continue;
    if (relations_.count({candidate, std::string(name)}) > 0) return {candidate, std::string(name)};
  }
  return creation_name("", name);
}

std::string LoadContext::schema_set_by_file(std::string_view name) const {
  auto first_defining = [&](const std::vector<std::string>& path) -> std::string {
    for (const std::string& candidate : path) {
      if (is_user_placeholder(candidate)) continue;
      if (relations_.count({candidate, std::string(name)}) > 0) return candidate;
    }
    return "";
  };
  const std::string now = first_defining(search_path_);
  if (now.empty() || now == first_defining(options_.search_path)) return "";
  return now;
}

model::Table* LoadContext::find_table(const PgQuery__RangeVar& relation) {
  const model::QualifiedName name =
      resolve_relation(text_of(relation.schemaname), text_of(relation.relname));
  auto found = result_.catalog.tables.find(name);
  return found == result_.catalog.tables.end() ? nullptr : &found->second;
}

model::Table& LoadContext::require_table(const PgQuery__RangeVar& relation) {
  model::Table* table = find_table(relation);
  if (table == nullptr) {
    std::string written = text_of(relation.schemaname).empty()
                              ? model::quote_ident(text_of(relation.relname))
                              : model::quote_ident(text_of(relation.schemaname)) + "." +
                                    model::quote_ident(text_of(relation.relname));
    throw StatementError("table " + written +
                         " is not defined before this statement; statements run in file order "
                         "(files in path order), so define the table first");
  }
  return *table;
}

std::string LoadContext::resolve_type_schema(const std::string& type_name) const {
  for (const std::string& schema : search_path_) {
    if (is_user_placeholder(schema)) continue;
    if (result_.catalog.enums.count({schema, type_name}) > 0) return schema;
  }
  for (const std::string& schema : search_path_) {
    if (!is_user_placeholder(schema)) return schema;
  }
  throw StatementError("type " + model::quote_ident(type_name) +
                       " cannot be found: the search path is empty; qualify it (schema." +
                       type_name + ")");
}

std::string LoadContext::canonical_type(const PgQuery__TypeName& type) const {
  return canonical_type_name(type, [this](const std::string& name) { return resolve_type_schema(name); });
}

const RelationEntry* LoadContext::relation(const model::QualifiedName& name) const {
  auto found = relations_.find(name);
  return found == relations_.end() ? nullptr : &found->second;
}

bool LoadContext::relation_name_taken(const std::string& schema, const std::string& name) const {
  return relations_.count({schema, name}) > 0;
}

bool LoadContext::relation_name_taken_before_statement(const std::string& schema, const std::string& name) const {
  auto found = relations_.find({schema, name});
  return found != relations_.end() && found->second.statement != statement_number_;
}

namespace {

const char* relation_kind_name(RelationKind kind) {
  switch (kind) {
    case RelationKind::Table: return "table";
    case RelationKind::View: return "view";
    case RelationKind::MaterializedView: return "materialized view";
    case RelationKind::Sequence: return "sequence";
    case RelationKind::IdentitySequence: return "identity sequence";
    case RelationKind::Index: return "index";
    case RelationKind::ConstraintIndex: return "constraint index";
    case RelationKind::InheritedIndex: return "partition index";
  }
  return "relation";
}

}  // namespace

void LoadContext::claim_relation(const model::QualifiedName& name, RelationKind kind,
                                 const model::SourceLocation& location,
                                 const model::QualifiedName& table) {
  auto [entry, inserted] = relations_.try_emplace(name, RelationEntry{kind, location, table, statement_number_});
  if (!inserted) {
    const RelationEntry& first = entry->second;
    std::string what = std::string(relation_kind_name(kind)) + " " + model::to_sql(name);
    if (first.kind != kind) {
      what += " (the name is already taken by " + std::string(relation_kind_name(first.kind)) +
              " " + model::to_sql(name) + "; tables, views, sequences and indexes share names)";
    }
    fail_duplicate(what, first.location);
  }
}

void LoadContext::release_relation(const model::QualifiedName& name) { relations_.erase(name); }

void LoadContext::set_relation_kind(const model::QualifiedName& name, RelationKind kind) {
  auto found = relations_.find(name);
  if (found != relations_.end()) found->second.kind = kind;
}

bool LoadContext::constraint_name_taken(const std::string& schema, const std::string& name) const {
  return constraint_names_.count({schema, name}) > 0;
}

void LoadContext::claim_constraint_name(const std::string& schema, const std::string& name) {
  ++constraint_names_[{schema, name}];
}

void LoadContext::release_constraint_name(const std::string& schema, const std::string& name) {
  auto found = constraint_names_.find({schema, name});
  if (found != constraint_names_.end() && --found->second <= 0) constraint_names_.erase(found);
}

void LoadContext::remember_index(IndexFacts facts) {
  const std::size_t position = index_facts_.size();
  index_facts_by_name_[facts.name] = position;
  index_facts_by_table_[facts.table].push_back(position);
  index_facts_.push_back(std::move(facts));
}

void LoadContext::forget_index(const model::QualifiedName& index) {
  auto found = index_facts_by_name_.find(index);
  if (found == index_facts_by_name_.end()) return;
  index_facts_[found->second].forgotten = true;
  index_facts_by_name_.erase(found);
}

std::vector<const IndexFacts*> LoadContext::indexes_of(const model::QualifiedName& table) const {
  std::vector<const IndexFacts*> indexes;
  auto found = index_facts_by_table_.find(table);
  if (found == index_facts_by_table_.end()) return indexes;
  for (std::size_t position : found->second) {
    if (!index_facts_[position].forgotten) indexes.push_back(&index_facts_[position]);
  }
  return indexes;
}

const IndexFacts* LoadContext::index_facts(const model::QualifiedName& index) const {
  auto found = index_facts_by_name_.find(index);
  return found == index_facts_by_name_.end() ? nullptr : &index_facts_[found->second];
}

void LoadContext::add_partition(const model::QualifiedName& parent, const model::QualifiedName& partition) {
  partitions_[parent].push_back(partition);
}

const std::vector<model::QualifiedName>& LoadContext::partitions_of(const model::QualifiedName& parent) const {
  static const std::vector<model::QualifiedName> none;
  auto found = partitions_.find(parent);
  return found == partitions_.end() ? none : found->second;
}

void LoadContext::warn(std::string message) {
  result_.warnings.push_back({statement_location_, std::move(message)});
}

void LoadContext::skip(std::string message) {
  result_.skipped.push_back({statement_location_, std::move(message)});
}

void LoadContext::skip_at(std::size_t offset, std::string message) {
  result_.skipped.push_back({source_->location(offset), std::move(message)});
}

void LoadContext::fail_duplicate(const std::string& what, const model::SourceLocation& first) const {
  throw input_error(format_location(statement_location_) + ": " + what +
                    " is defined twice: here and at " + format_location(first) +
                    ". Keep one definition (CREATE … IF NOT EXISTS keeps the first one).");
}

}  // namespace driftgate::parse
