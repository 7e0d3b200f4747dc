#include "report/marks.hpp"

namespace driftgate::report {

std::string mark_text(Mark mark, TreeGlyphs glyphs, Colour colour) {
  const bool unicode = glyphs == TreeGlyphs::Unicode;
  std::string glyph;
  const char* ansi = "";
  switch (mark) {
    case Mark::Ok: glyph = unicode ? "✓" : "ok"; ansi = "\x1b[32m"; break;
    case Mark::Info: glyph = unicode ? "ℹ" : "i"; ansi = "\x1b[36m"; break;
    case Mark::Warning: glyph = unicode ? "⚠" : "!"; ansi = "\x1b[33m"; break;
    case Mark::Error: glyph = unicode ? "✗" : "x"; ansi = "\x1b[31m"; break;
  }
  if (colour == Colour::Off) return glyph;
  return ansi + glyph + "\x1b[0m";
}

std::string indented(const std::string& value, const std::string& indent) {
  std::string text;
  for (char ch : value) {
    text += ch;
    if (ch == '\n') text += indent;
  }
  return text;
}

}  // namespace driftgate::report
