#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include "parse/source_text.hpp"

namespace driftgate::parse {

/// One top-level statement of a file: its parse tree and where its first token is.
struct ParsedStatement {
  const PgQuery__Node* node = nullptr;
  std::size_t offset = 0;  ///< byte offset of the statement's first token in the file
  std::size_t base = 0;    ///< byte offset that node `location` fields are relative to
};

/// A psql meta-command line (pg_dump writes `\restrict …`) blanked out before parsing.
struct MetaCommand {
  std::size_t offset = 0;
  std::string text;
};

/// The libpg_query parse tree of one file, as typed protobuf-c structs. All nodes live in an
/// arena owned by this object, so they stay valid exactly as long as it does.
class ParseTree {
 public:
  /// Parses the whole file. Throws an input Error on a syntax error:
  /// `path:line:column: message`, then the line and a caret under the column.
  static ParseTree parse(const SourceText& source);

  ParseTree(ParseTree&&) noexcept;
  ParseTree& operator=(ParseTree&&) noexcept;
  ~ParseTree();

  /// The statements in file order.
  const std::vector<ParsedStatement>& statements() const { return statements_; }
  /// The psql meta-commands that were skipped.
  const std::vector<MetaCommand>& meta_commands() const { return meta_commands_; }

 private:
  class Arena;
  ParseTree();

  std::unique_ptr<Arena> arena_;
  std::vector<ParsedStatement> statements_;
  std::vector<MetaCommand> meta_commands_;
};

}  // namespace driftgate::parse
