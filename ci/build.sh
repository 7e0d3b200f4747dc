#!/usr/bin/env bash
# Configures and builds driftgate into build/ (or $DRIFTGATE_BUILD_DIR) with two jobs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DRIFTGATE_BUILD_DIR:-$root/build}
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
generator=()
if command -v ninja >/dev/null; then generator=(-G Ninja); fi
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" "${generator[@]}" -DDRIFTGATE_WERROR=$werror "$@" >/dev/null
fi
cmake --build "$build" -j2
