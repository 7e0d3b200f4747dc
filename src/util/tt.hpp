#pragma once
#include <chrono>
#include <cstdio>
inline void TT(const char* what) {
  static auto t0 = std::chrono::steady_clock::now();
  std::fprintf(stderr, "TT %8.3f %s\n", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), what);
}
