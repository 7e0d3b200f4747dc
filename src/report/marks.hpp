#pragma once

#include <string>

#include "report/text_tree.hpp"

namespace driftgate::report {

/// Whether text output carries ANSI colours (decided by cli::terminal_style, passed in).
enum class Colour { Off, On };

/// The four marks of PRODUCT.md's text output: ✓ ok, ℹ info, ⚠ warning, ✗ error.
enum class Mark { Ok, Info, Warning, Error };

/// `mark` as a glyph (or its ASCII stand-in `ok`, `i`, `!`, `x`), coloured when asked.
std::string mark_text(Mark mark, TreeGlyphs glyphs, Colour colour);

/// `value` with every line after the first indented by `indent`, so multi-line texts (view
/// queries, CREATE TABLE) stay inside the item they belong to.
std::string indented(const std::string& value, const std::string& indent);

}  // namespace driftgate::report
