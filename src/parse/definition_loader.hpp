#pragma once

#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/source_location.hpp"
#include "source/definition_file.hpp"

namespace driftgate::parse {

/// What the statements describe: a declared definition (DROP and RENAME are not part of it and
/// are warned about), or a migration replayed step by step (they change the model).
enum class StatementSet { Definition, Migration };

/// How unqualified names resolve before a file says otherwise, and what the statements are.
struct ParseOptions {
  std::vector<std::string> search_path = {"public"};
  StatementSet statements = StatementSet::Definition;
};

/// A note about one statement of the definition.
struct Diagnostic {
  model::SourceLocation location;
  std::string message;
};

/// The model a definition builds, plus what the loader did not turn into model objects.
struct LoadResult {
  model::Catalog catalog;
  std::vector<Diagnostic> warnings;  ///< statement kinds not understood yet (never silent)
  std::vector<Diagnostic> skipped;   ///< statements that define no schema (SET, INSERT, GRANT…)
};

/// Parses every file with libpg_query, in order, and builds the model. Throws an input Error
/// (exit 2) on a syntax error (`path:line:column: message`, the line and a caret) and on an
/// object defined twice (naming both places).
LoadResult load_definition(const std::vector<source::DefinitionFile>& files,
                           const ParseOptions& options);

}  // namespace driftgate::parse
