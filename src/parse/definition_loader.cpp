#include "parse/definition_loader.hpp"

#include "parse/load_context.hpp"
#include "parse/pg_query_tree.hpp"
#include "parse/source_text.hpp"
#include "parse/statement_error.hpp"
#include "parse/transforms.hpp"
#include "util/error.hpp"

namespace driftgate::parse {

LoadResult load_definition(const std::vector<source::DefinitionFile>& files, const ParseOptions& options) {
  LoadResult result;
  LoadContext context(result, options);
  for (const source::DefinitionFile& file : files) {
    const SourceText source(file.path, file.text);
    const ParseTree tree = ParseTree::parse(source);
    context.begin_file(source);
    for (const MetaCommand& command : tree.meta_commands()) {
      context.skip_at(command.offset, "psql meta-command " + command.text.substr(0, command.text.find(' ')) +
                                          ": not SQL, skipped");
    }
    for (const ParsedStatement& statement : tree.statements()) {
      context.begin_statement(statement);
      try {
        transform_statement(context, *statement.node);
      } catch (const StatementError& error) {
        throw input_error(format_location(context.statement_location()) + ": " + error.what());
      }
    }
  }
  return result;
}

}  // namespace driftgate::parse
