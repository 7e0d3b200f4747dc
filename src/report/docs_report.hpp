#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "alembic/consistency.hpp"
#include "alembic/revision_file.hpp"
#include "report/drift_report.hpp"

namespace driftgate::report {

/// One revision as the documentation report lists it (in replay order).
struct DocsRevision {
  std::string revision;
  std::vector<std::string> down_revisions;
  std::string message;
  std::string file;
  std::size_t operations = 0;  ///< upgrade operations
};

/// Everything `driftgate docs` reports: what was compared, the revision graph, what could not be
/// read or replayed, and how the documentation differs from the definition.
struct DocsReport {
  SourceDescription definition;     ///< `git:REV`
  SourceDescription documentation;  ///< `alembic:REV`
  std::string folder;               ///< the versions folder, relative to the project directory
  alembic::Strictness strictness = alembic::Strictness::Loose;
  std::vector<DocsRevision> revisions;
  std::vector<std::string> heads;
  std::size_t files = 0;            ///< files read (revisions and others)
  std::size_t operations = 0;
  std::size_t understood = 0;
  std::vector<alembic::Finding> findings;        ///< graph, reader and replay findings
  std::vector<alembic::ConsistencyItem> items;   ///< definition vs documentation
};

/// Counts of a documentation report, by what they mean.
struct DocsCounts {
  int graph_errors = 0;
  int not_understood = 0;     ///< reader and replay warnings
  int undocumented = 0;
  int stale = 0;
  int differences = 0;        ///< differs + uncompared
  int errors = 0;             ///< everything at error level (findings and items)
  int warnings = 0;
};

/// Counts `report` by category and level.
DocsCounts count_docs(const DocsReport& report);

/// Whether the documentation passes: no error-level finding and no error-level item.
bool docs_consistent(const DocsReport& report);

}  // namespace driftgate::report
