#include "alembic/replay.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "alembic/not_understood.hpp"
#include "alembic/operation_sql.hpp"
#include "alembic/revision_reader.hpp"
#include "parse/migration_replay.hpp"

namespace driftgate::alembic {
namespace {

/// A message from the SQL loader without the location it repeats (the finding carries it).
std::string without_location_prefix(const std::string& message, const model::SourceLocation& location) {
  const std::string prefix = fmt::format("{}:{}:{}: ", location.file, location.line, location.column);
  if (message.starts_with(prefix)) return message.substr(prefix.size());
  return message;
}

void replay_revision(const RevisionFile& file, parse::MigrationReplay& replay, DocumentedSchema& schema) {
  for (const Operation& operation : file.upgrade) {
    ++schema.operations;
    OperationSql sql;
    try {
      sql = operation_sql(operation, replay.catalog());
    } catch (const NotUnderstood& error) {
      schema.findings.push_back(Finding{FindingLevel::Warning, "not_understood", operation.location, file.revision,
                                        std::string(error.what()) + "; the operation was not replayed",
                                        operation.call.source, {file.path}});
      continue;
    }
    for (const std::string& note : sql.notes) {
      schema.findings.push_back(Finding{FindingLevel::Warning, "kept_by_name", operation.location, file.revision,
                                        note, operation.call.source, {file.path}});
    }
    bool clean = true;
    for (const std::string& statement : sql.statements) {
      // op.execute text sits where its string starts; generated SQL where the call starts.
      model::SourceLocation at = operation.location;
      if (const Expression* text = operation.call.argument(0, "sqltext");
          text != nullptr && operation.call.text.ends_with("execute")) {
        at.line = text->line;
        at.column = text->column;
      }
      for (const parse::Diagnostic& problem : replay.apply(statement, at)) {
        clean = false;
        const bool failed = problem.message.find("not part of driftgate's model yet") == std::string::npos;
        schema.findings.push_back(Finding{
            FindingLevel::Warning, failed ? "replay_failed" : "not_understood", problem.location, file.revision,
            without_location_prefix(problem.message, problem.location) +
                (failed ? " (while replaying `" + statement.substr(0, 200) + "`); the documented model may be "
                          "incomplete from here"
                        : ""),
            operation.call.source, {file.path}});
      }
    }
    if (clean) ++schema.understood;
  }
}

bool finding_order(const Finding& left, const Finding& right) {
  return std::tie(left.location.file, left.location.line, left.location.column, left.category) <
         std::tie(right.location.file, right.location.line, right.location.column, right.category);
}

}  // namespace

DocumentedSchema replay_revisions(const std::vector<source::DefinitionFile>& files,
                                  const parse::ParseOptions& options) {
  DocumentedSchema schema;
  schema.files.reserve(files.size());
  for (const auto& file : files) schema.files.push_back(read_revision_file(file.path, file.text));
  schema.graph = build_revision_graph(schema.files);
  for (const RevisionFile& file : schema.files) {
    schema.findings.insert(schema.findings.end(), file.findings.begin(), file.findings.end());
  }
  parse::MigrationReplay replay(options);
  for (std::size_t index : schema.graph.order) replay_revision(schema.files[index], replay, schema);
  std::stable_sort(schema.findings.begin(), schema.findings.end(), finding_order);
  schema.findings.insert(schema.findings.begin(), schema.graph.findings.begin(), schema.graph.findings.end());
  schema.catalog = replay.catalog();
  return schema;
}

}  // namespace driftgate::alembic
