#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <pg_query/pg_query.pb-c.h>

#include "model/catalog.hpp"
#include "model/qualified_name.hpp"
#include "model/source_location.hpp"
#include "parse/definition_loader.hpp"
#include "parse/pg_query_tree.hpp"
#include "parse/source_text.hpp"

namespace driftgate::parse {

/// What holds a name in a schema's relation namespace (tables, views, sequences and indexes
/// share one). Some holders are not model objects but still take the name in PostgreSQL.
enum class RelationKind {
  Table,
  View,
  MaterializedView,
  Sequence,
  IdentitySequence,   ///< the sequence behind an identity column
  Index,              ///< a standalone index (model::Index)
  ConstraintIndex,    ///< the index behind a PRIMARY KEY, UNIQUE or EXCLUDE constraint
  InheritedIndex,     ///< a partition's index that belongs to its parent's index
};

/// One taken relation name: what holds it, where it was defined, and for indexes their table.
struct RelationEntry {
  RelationKind kind = RelationKind::Table;
  model::SourceLocation location;
  model::QualifiedName table;  ///< the indexed table, for index kinds
  std::size_t statement = 0;   ///< the number of the statement that took the name
};

/// What PostgreSQL needs to name the copy of an index that a partition receives.
struct IndexFacts {
  model::QualifiedName name;
  model::QualifiedName table;
  std::vector<std::string> column_names;  ///< the index's column names (key, then INCLUDE)
  std::string label;                      ///< pkey, key, excl or idx
  bool backs_constraint = false;
  std::string signature;                  ///< what the index is, without its name (see partitions.hpp)
  bool forgotten = false;                 ///< replaced by a constraint's index
};

/// Everything the statement transforms share while a definition loads: the model being built,
/// the current file, statement and search path, and PostgreSQL's name bookkeeping.
class LoadContext {
 public:
  /// Builds into `result`, starting every file with `options.search_path`.
  LoadContext(LoadResult& result, const ParseOptions& options);

  /// The model being built.
  model::Catalog& catalog() { return result_.catalog; }

  /// Starts a file: resets the search path.
  void begin_file(const SourceText& source);
  /// Starts a statement of the current file.
  void begin_statement(const ParsedStatement& statement);
  /// Where the current statement starts.
  const model::SourceLocation& statement_location() const { return statement_location_; }
  /// The file location of a node's `location` field (falls back on the statement's).
  model::SourceLocation location_of(int node_location) const;
  /// The location of byte `offset` of the current file.
  model::SourceLocation location_at(std::size_t offset) const;

  /// The current search path.
  const std::vector<std::string>& search_path() const { return search_path_; }
  /// Replaces the search path for the rest of the file.
  void set_search_path(std::vector<std::string> path) { search_path_ = std::move(path); }
  /// Back to the configured search path.
  void reset_search_path() { search_path_ = options_.search_path; }
  /// The schema an unqualified relation `name` resolves to through the search path in effect,
  /// when it is defined (before this statement) in another schema than the definition's
  /// configured search path would give; "" otherwise. What a file's own SET search_path changed.
  std::string schema_set_by_file(std::string_view name) const;
  /// The schema new unqualified objects go to: the first existing schema of the search path.
  /// Throws a StatementError when there is none.
  std::string creation_schema() const;
  /// The qualified name a new object written as `schema.name` (schema may be empty) gets.
  model::QualifiedName creation_name(std::string_view schema, std::string_view name) const;
  /// The qualified name a new relation gets.
  model::QualifiedName creation_name(const PgQuery__RangeVar& relation) const;

  /// The existing table a name refers to (search path order), or nullptr.
  model::Table* find_table(const PgQuery__RangeVar& relation);
  /// The existing table a name refers to; throws a StatementError naming it when missing.
  model::Table& require_table(const PgQuery__RangeVar& relation);
  /// The qualified name of an existing relation, resolved like PostgreSQL (search path order);
  /// when nothing matches, the name in the first schema of the path.
  model::QualifiedName resolve_relation(std::string_view schema, std::string_view name) const;
  /// The schema an unqualified non-builtin type name refers to.
  std::string resolve_type_schema(const std::string& type_name) const;
  /// The canonical text of a column type (see type_name.hpp).
  std::string canonical_type(const PgQuery__TypeName& type) const;

  /// The entry holding relation name `name`, or nullptr.
  const RelationEntry* relation(const model::QualifiedName& name) const;
  /// Whether a relation (of any kind) already has this name in `schema`.
  bool relation_name_taken(const std::string& schema, const std::string& name) const;
  /// Whether a relation had this name before the current statement began (PostgreSQL names
  /// serial and identity sequences before it creates any object of the statement).
  bool relation_name_taken_before_statement(const std::string& schema, const std::string& name) const;
  /// Takes a relation name; throws an input Error naming both places when it is taken.
  void claim_relation(const model::QualifiedName& name, RelationKind kind,
                      const model::SourceLocation& location, const model::QualifiedName& table = {});
  /// Frees a relation name (an index adopted by a constraint under a new name).
  void release_relation(const model::QualifiedName& name);
  /// Changes what holds an already taken relation name.
  void set_relation_kind(const model::QualifiedName& name, RelationKind kind);

  /// Whether any constraint in `schema` already has this name.
  bool constraint_name_taken(const std::string& schema, const std::string& name) const;
  /// Records a constraint name in `schema` (names may repeat across tables).
  void claim_constraint_name(const std::string& schema, const std::string& name);
  /// Forgets one use of a constraint name in `schema` (a dropped constraint, in migrations).
  void release_constraint_name(const std::string& schema, const std::string& name);
  /// Whether statements are replayed as a migration (DROP and RENAME change the model).
  bool replays_migration() const { return options_.statements == StatementSet::Migration; }

  /// Remembers an index (model or not) so partitions created later get their copy of it.
  void remember_index(IndexFacts facts);
  /// Forgets an index that no longer exists as itself (adopted by a constraint).
  void forget_index(const model::QualifiedName& index);
  /// The indexes of `table` in creation order.
  std::vector<const IndexFacts*> indexes_of(const model::QualifiedName& table) const;
  /// The facts of one index, or nullptr.
  const IndexFacts* index_facts(const model::QualifiedName& index) const;

  /// Records that `partition` is now a partition of `parent`.
  void add_partition(const model::QualifiedName& parent, const model::QualifiedName& partition);
  /// The partitions of `parent` (directly below it), in the order they were added.
  const std::vector<model::QualifiedName>& partitions_of(const model::QualifiedName& parent) const;

  /// Adds a warning about the current statement.
  void warn(std::string message);
  /// Records that the current statement defines no schema and was skipped.
  void skip(std::string message);
  /// Records a skipped piece of the file at byte `offset`.
  void skip_at(std::size_t offset, std::string message);
  /// Throws the input Error for an object defined twice.
  [[noreturn]] void fail_duplicate(const std::string& what, const model::SourceLocation& first) const;

 private:
  LoadResult& result_;
  const ParseOptions& options_;
  const SourceText* source_ = nullptr;
  std::size_t statement_base_ = 0;
  std::size_t statement_number_ = 0;
  model::SourceLocation statement_location_;
  std::vector<std::string> search_path_;
  std::map<model::QualifiedName, RelationEntry> relations_;
  std::map<std::pair<std::string, std::string>, int> constraint_names_;
  std::vector<IndexFacts> index_facts_;
  std::map<model::QualifiedName, std::size_t> index_facts_by_name_;
  std::map<model::QualifiedName, std::vector<std::size_t>> index_facts_by_table_;
  std::map<model::QualifiedName, std::vector<model::QualifiedName>> partitions_;
};

}  // namespace driftgate::parse
