#pragma once

#include <optional>
#include <string>
#include <vector>

#include "alembic/python_expression.hpp"
#include "model/source_location.hpp"

namespace driftgate::alembic {

/// How much a finding about the Alembic folder matters.
enum class FindingLevel { Warning, Error };

/// Something the reader, the graph check or the replay has to say about one place of the folder.
struct Finding {
  FindingLevel level = FindingLevel::Warning;
  std::string category;           ///< short stable word: `not_understood`, `unreadable`, `two_heads`…
  model::SourceLocation location; ///< file:line:column (line 0 when about the whole file)
  std::string revision;           ///< the revision id concerned, when known
  std::string message;            ///< what, and what to do
  std::string call_text;          ///< the call that was not understood, as written
  std::vector<std::string> files; ///< every file involved (graph problems)

  bool operator==(const Finding&) const = default;
};

/// One call of `upgrade()` or `downgrade()`, with the batch block it sits in.
struct Operation {
  Expression call;                ///< `op.add_column(...)`, `batch_op.drop_column(...)`
  std::string batch_table;        ///< inside `with op.batch_alter_table(T) as b:`: T
  std::string batch_schema;       ///< and its `schema=`
  model::SourceLocation location;
};

/// One revision file as read: its identity, its place in the graph and its operations.
struct RevisionFile {
  std::string path;                         ///< relative to the repository's project directory
  bool is_revision = false;                 ///< it assigns a module-level `revision`
  std::string revision;
  std::vector<std::string> down_revisions;  ///< empty for a base revision; two or more: a merge
  std::vector<std::string> branch_labels;
  std::vector<std::string> depends_on;
  std::string message;                      ///< the docstring's first line
  int revision_line = 0;                    ///< where `revision =` is
  std::vector<Operation> upgrade;
  std::vector<Operation> downgrade;
  std::vector<Finding> findings;            ///< what could not be read, with file:line
};

}  // namespace driftgate::alembic
