#!/usr/bin/env bash
# The test command: installs what is missing, builds, starts a throwaway PostgreSQL, runs every
# test with ctest, and stops the server whatever happens. A server that cannot start fails the run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/ci/install-deps.sh"
"$root/ci/build.sh"

pgdir=$(mktemp -d /tmp/driftgate-pg.XXXXXX)
trap '"$root/ci/pg-cluster.sh" stop "$pgdir"' EXIT
eval "$("$root/ci/pg-cluster.sh" start "$pgdir")"

cd "${DRIFTGATE_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j2 "$@"
