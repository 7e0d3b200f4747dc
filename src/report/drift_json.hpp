#pragma once

#include <string>
#include <string_view>

#include "report/drift_report.hpp"

namespace driftgate::report {

/// The version tag of the JSON drift report (schema/report.schema.json).
inline constexpr std::string_view kReportFormat = "driftgate.report/1";

/// The report for machines, as described by schema/report.schema.json and docs/report-format.md:
/// the sources, the options, the counts and every item with all of its fields (null when
/// absent), in a fixed key order; pretty-printed, ending in a newline. Deterministic.
std::string drift_to_json(const DriftReport& report);

}  // namespace driftgate::report
