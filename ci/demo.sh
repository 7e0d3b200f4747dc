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
url="postgresql://$PGUSER@/shop?host=$PGHOST&port=$PGPORT"
createdb shop
echo "== driftgate apply --url …/shop   (the sync: an empty database gets everything, in one transaction)"
"$dg" apply --url "$url"
echo
echo "== driftgate check --url …/shop   (the gate: the definition vs the database; the view on * that"
echo "   parsing alone cannot compare is decided by driftgate's own throwaway PostgreSQL, the shadow)"
"$dg" check --url "$url"
echo
echo "== someone changes the database by hand; the gate catches it"
psql -q -d shop -c "ALTER TABLE orders DROP COLUMN note; CREATE INDEX orders_placed_idx ON orders (placed_at)"
status=0
"$dg" check --url "$url" || status=$?
echo "(exit code $status: 1 means drift)"
test "$status" -eq 1
echo
echo "== driftgate apply again: it re-creates what is missing, and leaves the extra index to --allow drop"
"$dg" apply --url "$url"
