#include "cli/terminal.hpp"

#include <langinfo.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <cstring>

namespace driftgate::cli {

namespace {

bool locale_is_utf8() {
  std::setlocale(LC_CTYPE, "");
  const char* codeset = nl_langinfo(CODESET);
  bool utf8 = codeset != nullptr &&
              (std::strcmp(codeset, "UTF-8") == 0 || std::strcmp(codeset, "utf8") == 0);
  std::setlocale(LC_CTYPE, "C");
  return utf8;
}

}  // namespace

TerminalStyle terminal_style(std::FILE* stream, ColorMode mode, bool writes_to_file) {
  TerminalStyle style;
  bool tty = !writes_to_file && isatty(fileno(stream)) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  switch (mode) {
    case ColorMode::Always: style.color = true; break;
    case ColorMode::Never: style.color = false; break;
    case ColorMode::Auto: style.color = tty && (no_color == nullptr || *no_color == '\0'); break;
  }
  // Files and pipes get UTF-8 unless the locale says otherwise; a terminal follows its locale.
  style.unicode = locale_is_utf8() || !tty;
  return style;
}

}  // namespace driftgate::cli
