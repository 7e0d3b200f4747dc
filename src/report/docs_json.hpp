#pragma once

#include <string>
#include <string_view>

#include "report/docs_report.hpp"

namespace driftgate::report {

/// The version tag of the JSON documentation report (schema/docs-report.schema.json).
inline constexpr std::string_view kDocsReportFormat = "driftgate.docs/1";

/// The documentation report for machines, as schema/docs-report.schema.json describes it:
/// every key always present (null when absent), fixed key order, pretty-printed. Deterministic.
std::string docs_to_json(const DocsReport& report);

}  // namespace driftgate::report
