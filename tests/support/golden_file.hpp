#pragma once

#include <string>

namespace driftgate::test {

/// Checks `actual` against the golden file `relative` under tests/fixtures/. With the
/// environment variable DRIFTGATE_UPDATE_GOLDEN=1 it (re)writes the file instead, so an
/// intended output change is one run plus a reviewed `git diff`. A mismatch reports the first
/// differing line.
void check_golden(const std::string& relative, const std::string& actual);

}  // namespace driftgate::test
