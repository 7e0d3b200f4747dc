#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and the demo: initdb into a temporary directory,
# listening on a unix socket only, trust authentication. Run as root it starts the server as
# the `postgres` user (PostgreSQL refuses to run as root).
#
#   ci/pg-cluster.sh start DIR   -> prints `export PGHOST=… PGPORT=… PGUSER=…` lines
#   ci/pg-cluster.sh stop DIR    -> stops the server and removes DIR
set -euo pipefail

cmd=${1:?usage: ci/pg-cluster.sh start|stop DIR}
dir=${2:?usage: ci/pg-cluster.sh start|stop DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "ci/pg-cluster.sh: no PostgreSQL server found under /usr/lib/postgresql; run ci/install-deps.sh" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync \
      -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner mkdir -p "$dir/socket"
    port=5432
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-k $dir/socket -c listen_addresses= -p $port -F -c fsync=off -c max_connections=200" \
        >/dev/null; then
      cat "$dir/server.log" >&2
      exit 1
    fi
    echo "export PGHOST=$dir/socket PGPORT=$port PGUSER=postgres PGDATABASE=postgres"
    echo "export DRIFTGATE_TEST_PGHOST=$dir/socket DRIFTGATE_TEST_PGPORT=$port DRIFTGATE_TEST_PG_BINDIR=$bindir"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "ci/pg-cluster.sh: unknown command $cmd (use start or stop)" >&2
    exit 2
    ;;
esac
