#!/usr/bin/env bash
# The main job on the embedded example: installs what is missing, builds, starts a throwaway
# PostgreSQL, and runs driftgate on examples/shop.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/ci/install-deps.sh"
"$root/ci/build.sh" >/dev/null

pgdir=$(mktemp -d /tmp/driftgate-pg.XXXXXX)
trap '"$root/ci/pg-cluster.sh" stop "$pgdir"' EXIT
eval "$("$root/ci/pg-cluster.sh" start "$pgdir")"

dg="${DRIFTGATE_BUILD_DIR:-$root/build}/driftgate"
cd "$root/examples/shop"
echo "== driftgate inspect worktree   (the example's declared schema, read from examples/shop/schema)"
"$dg" inspect worktree
echo
echo "== loading the definition into a throwaway PostgreSQL ($PGHOST)"
createdb shop
"$dg" inspect worktree --format sql | psql -q -v ON_ERROR_STOP=1 -d shop
echo "loaded: $(psql -d shop -Atc "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('public','shop') and c.relkind in ('r','p','i','S','v','m')") relations"
