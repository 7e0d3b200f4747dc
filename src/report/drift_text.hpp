#pragma once

#include <string>

#include "report/drift_report.hpp"
#include "report/marks.hpp"
#include "report/text_tree.hpp"

namespace driftgate::report {

/// Whether changed and uncompared items also show each side's raw text and the normal form it
/// became (`--explain`).
enum class Detail { Normal, Explain };

/// How drift_to_text writes.
struct DriftTextStyle {
  TreeGlyphs glyphs = TreeGlyphs::Unicode;  ///< ✓ ℹ ⚠ ✗, or ok i ! x
  Colour colour = Colour::Off;
  Detail detail = Detail::Normal;
};

/// The report for people: the two sources, then the items grouped by the object they belong to
/// (a column or constraint under its table), each with its glyph (✗ error, ⚠ warning, ℹ info),
/// expected and actual values, where it is defined and the fix with its safety class; last a
/// summary line with the counts (✓ when there is no drift). Deterministic.
std::string drift_to_text(const DriftReport& report, const DriftTextStyle& style);

}  // namespace driftgate::report
