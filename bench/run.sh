#!/usr/bin/env bash
# The benchmark in one command: starts a throwaway PostgreSQL, generates definitions of 100, 500,
# 2,000 and 5,000 tables, loads each into its own database, times driftgate (parse, introspect,
# diff, peak memory) interleaved with the catalog floor, pg_dump, migra and SQLAlchemy+Alembic,
# times apply and docs, prints the ratios against the issue's targets and writes
# bench/results/{samples.csv,results.json,report.txt,time_vs_tables.svg}. Stops the cluster.
#
#   bench/run.sh            full run (5 repetitions; tens of minutes on two cores)
#   bench/run.sh --quick    100 and 500 tables, 3 repetitions (a few minutes)
#   DRIFTGATE=path/to/driftgate bench/run.sh   (default: build/driftgate)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
sizes=100,500,2000,5000
reps=5
budget=45
apply_reps=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) sizes=100,500; reps=3; budget=20; apply_reps=1 ;;
    --sizes) sizes=$2; shift ;;
    --reps) reps=$2; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (use --quick, --sizes N,N, --reps N)" >&2; exit 2 ;;
  esac
  shift
done

driftgate=${DRIFTGATE:-$root/build/driftgate}
if [ ! -x "$driftgate" ]; then
  echo "bench/run.sh: no driftgate binary at $driftgate; run ci/build.sh or set DRIFTGATE" >&2
  exit 2
fi
python=/usr/bin/python3
results=$root/bench/results
mkdir -p "$results/work"
# A private copy, so a rebuild during the run (tens of minutes) cannot pull it away.
cp "$driftgate" "$results/work/driftgate"
driftgate=$results/work/driftgate

# Peers that cannot be installed are reported as missing, with the reason; the rest still runs.
migra=${MIGRA:-}
migra_missing=
if [ -z "$migra" ]; then
  tools=$root/bench/.tools
  if [ ! -x "$tools/node_modules/.bin/migra" ]; then
    if command -v npm >/dev/null; then
      echo "bench: installing @pgkit/migra into bench/.tools (npm)…" >&2
      mkdir -p "$tools"
      if ! timeout 300 npm install --prefix "$tools" --no-audit --no-fund @pgkit/migra \
          >"$results/npm-install.log" 2>&1; then
        migra_missing="npm install @pgkit/migra failed: $(tail -1 "$results/npm-install.log")"
      fi
    else
      migra_missing="npm not found (apt-get install nodejs npm)"
    fi
  fi
  [ -z "$migra_missing" ] && migra=$tools/node_modules/.bin/migra
fi
alembic=$root/bench/alembic_compare.py
alembic_missing=
if ! err=$($python -c 'import sqlalchemy, alembic, psycopg2' 2>&1); then
  alembic=
  alembic_missing="$(echo "$err" | tail -1) (apt-get install python3-sqlalchemy python3-alembic python3-psycopg2)"
fi

pgdir=$(mktemp -d)
trap '"$root/ci/pg-cluster.sh" stop "$pgdir"' EXIT
eval "$("$root/ci/pg-cluster.sh" start "$pgdir")"

"$python" "$root/bench/measure.py" \
  --driftgate "$driftgate" --queries "$root/src/introspect/queries" \
  --work "$results/work" --out "$results" \
  --sizes "$sizes" --reps "$reps" --budget "$budget" --apply-reps "$apply_reps" \
  --migra "$migra" --migra-missing "$migra_missing" \
  --alembic "$alembic" --alembic-missing "$alembic_missing"
"$python" "$root/bench/report.py" "$results"
echo "raw figures: $results/samples.csv, $results/results.json; plot: $results/time_vs_tables.svg" >&2
