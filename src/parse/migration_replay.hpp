#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"
#include "model/source_location.hpp"
#include "parse/definition_loader.hpp"

namespace driftgate::parse {

/// Applies DDL to one model step by step, as a migration tool replays its revisions: CREATE,
/// ALTER, COMMENT, and also DROP and RENAME (StatementSet::Migration). Each call is independent:
/// a statement that fails is reported and the next call continues from the model as it was left.
class MigrationReplay {
 public:
  explicit MigrationReplay(ParseOptions options);
  ~MigrationReplay();
  MigrationReplay(const MigrationReplay&) = delete;
  MigrationReplay& operator=(const MigrationReplay&) = delete;

  /// Parses `sql` (one or more statements) as if its first character stood at `location` and
  /// applies it. Returns what went wrong or was ignored (syntax errors, unknown tables, statement
  /// kinds outside the model), each with its location; never throws an input Error.
  std::vector<Diagnostic> apply(std::string_view sql, const model::SourceLocation& location);

  /// The model as replayed so far.
  const model::Catalog& catalog() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace driftgate::parse
