#include "parse/migration_replay.hpp"

#include "parse/load_context.hpp"
#include "parse/pg_query_tree.hpp"
#include "parse/source_text.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"
#include "util/error.hpp"

namespace driftgate::parse {

struct MigrationReplay::State {
  explicit State(ParseOptions parse_options) : options(std::move(parse_options)), context(result, options) {}

  ParseOptions options;
  LoadResult result;
  LoadContext context;
};

MigrationReplay::MigrationReplay(ParseOptions options) {
  options.statements = StatementSet::Migration;
  state_ = std::make_unique<State>(std::move(options));
}

MigrationReplay::~MigrationReplay() = default;

const model::Catalog& MigrationReplay::catalog() const { return state_->result.catalog; }

std::vector<Diagnostic> MigrationReplay::apply(std::string_view sql, const model::SourceLocation& location) {
  // Padding puts the text at its place in the revision file, so every location the loader
  // computes (objects, errors) points into that file.
  std::string text(static_cast<std::size_t>(std::max(location.line - 1, 0)), '\n');
  text.append(static_cast<std::size_t>(std::max(location.column - 1, 0)), ' ');
  text.append(sql);
  const SourceText source(location.file, text);
  std::vector<Diagnostic> problems;
  LoadResult& result = state_->result;
  const std::size_t warnings_before = result.warnings.size();
  try {
    const ParseTree tree = ParseTree::parse(source);
    state_->context.begin_file(source);
    for (const ParsedStatement& statement : tree.statements()) {
      state_->context.begin_statement(statement);
      try {
        transform_statement(state_->context, *statement.node);
      } catch (const StatementError& error) {
        problems.push_back({state_->context.statement_location(), error.what()});
      } catch (const Error& error) {
        problems.push_back({state_->context.statement_location(), error.what()});
      }
    }
  } catch (const Error& error) {
    problems.push_back({location, error.what()});
  }
  for (std::size_t i = warnings_before; i < result.warnings.size(); ++i) problems.push_back(result.warnings[i]);
  result.warnings.resize(warnings_before);
  result.skipped.clear();
  return problems;
}

}  // namespace driftgate::parse
