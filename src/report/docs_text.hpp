#pragma once

#include <string>

#include "report/docs_report.hpp"
#include "report/drift_text.hpp"

namespace driftgate::report {

/// The documentation report for people: the two sources, the revision graph (✓ or ✗ per
/// problem), what was not understood (⚠ file:line:column, revision, the call), the consistency
/// items grouped as undocumented / stale documentation / differences, and a summary line.
/// Deterministic.
std::string docs_to_text(const DocsReport& report, const DriftTextStyle& style);

}  // namespace driftgate::report
