#pragma once

#include <cstdio>

#include "cli/global_options.hpp"

namespace driftgate::cli {

/// What the text output may use on the stream it goes to.
struct TerminalStyle {
  bool color = false;   ///< ANSI colours
  bool unicode = true;  ///< UTF-8 glyphs (✓ ℹ ⚠ ✗ ├─); else ASCII fallbacks
};

/// Decides colour (only on a terminal by default; `--color`; NO_COLOR honoured) and UTF-8
/// (from the locale's codeset) for text written to `stream`.
TerminalStyle terminal_style(std::FILE* stream, ColorMode mode, bool writes_to_file);

}  // namespace driftgate::cli
