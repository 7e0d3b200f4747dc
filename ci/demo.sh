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
url="postgresql://$PGUSER@/shop?host=$PGHOST&port=$PGPORT"
echo
echo "== driftgate check --url …/shop   (the gate: the definition vs the database built from it)"
"$dg" check --url "$url"
echo
echo "== the same gate after someone changes the database by hand"
psql -q -d shop -c "ALTER TABLE orders DROP COLUMN note; CREATE INDEX orders_placed_idx ON orders (placed_at)"
status=0
"$dg" check --url "$url" || status=$?
echo "(exit code $status: 1 means drift)"
test "$status" -eq 1
