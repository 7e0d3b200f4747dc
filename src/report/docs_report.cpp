#include "report/docs_report.hpp"

namespace driftgate::report {

DocsCounts count_docs(const DocsReport& report) {
  DocsCounts counts;
  for (const auto& finding : report.findings) {
    if (finding.level == alembic::FindingLevel::Error) {
      ++counts.graph_errors;
      ++counts.errors;
    } else {
      ++counts.not_understood;
      ++counts.warnings;
    }
  }
  for (const auto& item : report.items) {
    switch (item.category) {
      case alembic::ConsistencyCategory::Undocumented: ++counts.undocumented; break;
      case alembic::ConsistencyCategory::StaleDocumentation: ++counts.stale; break;
      default: ++counts.differences; break;
    }
    if (item.level == diff::Severity::Error) ++counts.errors;
    if (item.level == diff::Severity::Warning) ++counts.warnings;
  }
  return counts;
}

bool docs_consistent(const DocsReport& report) { return count_docs(report).errors == 0; }

}  // namespace driftgate::report
