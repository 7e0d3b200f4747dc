#!/usr/bin/env python3
"""The benchmark's measuring loop (bench/run.sh starts the cluster and calls it). For each size:
generates the definition into a git repository, loads it into its own database with psql, then
runs every tool interleaved — a warm-up round, then rounds alternating forward and backward —
until each has its repetitions (a slow peer stops early once it used its time budget). Then
times `apply` of the largest size up to 2,000 tables into an empty database and the no-op second
apply, `docs` over 500 revision files, and the throwaway shadow PostgreSQL's fixed cost. Writes samples.csv and results.json into --out."""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_floor import floor_script  # noqa: E402
from generate_definition import write_definition  # noqa: E402
from timing import CommandFailed, run_measured  # noqa: E402


def log(message):
    print(message, file=sys.stderr, flush=True)


def psql(args, db="postgres", capture=True):
    argv = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", db] + args
    return subprocess.run(argv, check=True, capture_output=capture, text=True).stdout.strip()


def make_repo(directory):
    env = dict(os.environ, GIT_AUTHOR_DATE="2024-01-01T00:00:00Z", GIT_COMMITTER_DATE="2024-01-01T00:00:00Z")
    for argv in (["git", "init", "-q"], ["git", "add", "-A"],
                 ["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-qm", "definition"]):
        subprocess.run(argv, cwd=directory, check=True, env=env)


def url_for(db, args):
    return f"postgresql:///{db}?host={args.pghost}&port={args.pgport}&user={args.pguser}"


def tools_for(size, repo, db, floor_path, out_dir, args):
    """The measured commands: name -> (argv, cwd, ok exit codes)."""
    url = url_for(db, args)
    dg = args.driftgate
    tools = {
        # parse and introspect alone write the model as SQL DDL, the cheapest writer: `--format json`
        # pretty-prints about 16 bytes per byte of SQL and would time the writer, not the reader.
        "dg_parse": ([dg, "inspect", "git:HEAD", "--format", "sql"], repo, (0,)),
        "dg_introspect": ([dg, "inspect", url, "--format", "sql"], repo, (0,)),
        "dg_diff": ([dg, "diff", "git:HEAD", url, "--format", "json"], repo, (0, 1)),
        "dg_diff_offline": ([dg, "diff", "git:HEAD", url, "--format", "json", "--offline"], repo, (0, 1)),
        "floor": (["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", floor_path], None, (0,)),
        "pg_dump": (["pg_dump", "--schema-only", "-d", db], None, (0,)),
    }
    if args.migra:
        base = f"postgresql://{args.pguser}@localhost/{db}?host={args.pghost}&port={args.pgport}"
        tools["migra"] = ([args.migra, "run", base + "&application_name=from", base + "&application_name=to"],
                          None, (0,))
    if args.alembic:
        sa_url = f"postgresql+psycopg2://{args.pguser}@/{db}?host={args.pghost}&port={args.pgport}"
        tools["alembic"] = (["/usr/bin/python3", "-W", "ignore", args.alembic, sa_url], None, (0,))
    return tools


def measure_size(size, args, samples, summary):
    work = os.path.join(args.work, f"def-{size}")
    shutil.rmtree(work, ignore_errors=True)
    definition_bytes = write_definition(size, work)
    make_repo(work)
    db = f"bench_{size}"
    psql(["-c", f"DROP DATABASE IF EXISTS {db}"])
    psql(["-c", f"CREATE DATABASE {db}"])
    started = time.perf_counter()
    files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(work, "schema")) for f in fs)
    script = os.path.join(args.work, f"load-{size}.sql")
    with open(script, "w", encoding="utf-8") as out:
        for path in files:
            with open(path, encoding="utf-8") as f:
                out.write(f.read())
    # Not one transaction: 5,000 tables with their indexes take more locks than the default
    # lock table holds (max_locks_per_transaction 64 × max_connections).
    psql(["-f", script], db=db)
    load_s = time.perf_counter() - started
    oids = psql(["-c", "SELECT string_agg(oid::text, ',' ORDER BY nspname) FROM pg_namespace "
                       "WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'"], db=db)
    version = int(psql(["-c", "SHOW server_version_num"], db=db))
    floor_path = os.path.join(args.work, f"floor-{size}.sql")
    with open(floor_path, "w", encoding="utf-8") as f:
        f.write(floor_script(args.queries, version, oids))
    log(f"[{size} tables] definition {definition_bytes / 1e6:.2f} MB, loaded by psql in {load_s:.1f} s")

    tools = tools_for(size, work, db, floor_path, args.work, args)
    spent = {name: 0.0 for name in tools}
    counts = {name: 0 for name in tools}
    failed = {}
    names = list(tools)
    for rnd in range(args.reps + 1):
        order = names if rnd % 2 == 0 else list(reversed(names))
        for name in order:
            if name in failed:
                continue
            if rnd > 0 and counts[name] >= 1 and spent[name] >= args.budget:
                continue
            argv, cwd, ok = tools[name]
            out_path = os.path.join(args.work, f"out-{size}-{name}.txt") if rnd == 0 else os.devnull
            try:
                sample = run_measured(argv, cwd=cwd, stdout_path=out_path, ok_codes=ok)
            except CommandFailed as e:
                failed[name] = str(e)
                log(f"[{size} tables] {name} failed: {e}")
                continue
            # A tool so slow that its repetitions would not fit the budget keeps its warm-up run
            # as its first sample (the first round still warmed the caches for the others).
            slow = rnd == 0 and sample["wall_s"] * args.reps > args.budget * 1.5
            if rnd > 0 or slow:
                spent[name] += sample["wall_s"]
                counts[name] += 1
                samples.append(dict(size=size, tool=name, round=rnd, **sample))
        log(f"[{size} tables] round {rnd} done")
    summary["sizes"][str(size)] = {
        "tables": size,
        "definition_bytes": definition_bytes,
        "load_s": load_s,
        "drift_exit_code": _diff_exit(samples, size),
        "drift_counts": _drift_counts(os.path.join(args.work, f"out-{size}-dg_diff.txt")),
        "shadow_decided": _shadow_decided(os.path.join(args.work, f"out-{size}-dg_diff.txt")),
        "failed": failed,
    }


def _diff_exit(samples, size):
    codes = {s["exit_code"] for s in samples if s["size"] == size and s["tool"] == "dg_diff"}
    return sorted(codes)


def _drift_counts(path):
    """The counts of the first (warm-up) diff's report: zero drift is expected."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f).get("counts")
    except (OSError, ValueError):
        return None


def _shadow_decided(path):
    """How many items the shadow decided in the first diff (its cost is per such item)."""
    try:
        with open(path, encoding="utf-8") as f:
            return len(json.load(f).get("shadow", {}).get("decided_equal", []))
    except (OSError, ValueError):
        return None


def measure_apply(size, args, summary):
    """apply of the definition into an empty database, then the no-op second apply."""
    repo = os.path.join(args.work, f"def-{size}")
    results = []
    for rep in range(args.apply_reps):
        db = f"bench_apply_{size}"
        psql(["-c", f"DROP DATABASE IF EXISTS {db}"])
        psql(["-c", f"CREATE DATABASE {db}"])
        runs = {}
        for label in ("first", "second"):
            out = os.path.join(args.work, f"apply-{size}-{label}.json")
            sample = run_measured([args.driftgate, "apply", "--url", url_for(db, args), "--format", "json"],
                                  cwd=repo, stdout_path=out)
            with open(out, encoding="utf-8") as f:
                applied = json.load(f).get("applied", {})
            sample["statements_run"] = applied.get("statements_run")
            sample["elapsed_ms"] = applied.get("elapsed_ms")
            runs[label] = sample
        log(f"[apply {size}] {runs['first']['statements_run']} statements in {runs['first']['wall_s']:.1f} s; "
            f"second apply {runs['second']['statements_run']} statements in {runs['second']['wall_s']:.2f} s")
        results.append(runs)
        psql(["-c", f"DROP DATABASE {db}"])
    summary["apply"] = {"tables": size, "runs": results}


def measure_shadow_start(args, summary):
    """The throwaway shadow PostgreSQL's fixed cost: diff of a one-table definition with a view
    only the shadow can decide, minus the same diff with --offline (start from the cached
    template, build, read back, stop). The warm-up report must show the shadow used and nothing
    left uncompared: otherwise the figure would time no shadow at all."""
    repo = os.path.join(args.work, "shadow-1")
    shutil.rmtree(repo, ignore_errors=True)
    os.makedirs(os.path.join(repo, "schema"))
    sql = ("CREATE TABLE events (id int PRIMARY KEY, at timestamptz NOT NULL);\n"
           "CREATE VIEW recent_events AS SELECT * FROM events WHERE at > now() - interval '1 day';\n")
    with open(os.path.join(repo, "schema", "events.sql"), "w", encoding="utf-8") as f:
        f.write(sql)
    make_repo(repo)
    db = "bench_shadow_1"
    psql(["-c", f"DROP DATABASE IF EXISTS {db}"])
    psql(["-c", f"CREATE DATABASE {db}"])
    psql(["-c", sql], db=db)
    argv = [args.driftgate, "diff", "git:HEAD", url_for(db, args), "--format", "json"]
    warm = os.path.join(args.work, "shadow-1.json")
    run_measured(argv, cwd=repo, stdout_path=warm)  # warm-up: makes the cached template if there is none
    with open(warm, encoding="utf-8") as f:
        report = json.load(f)
    if not report.get("shadow", {}).get("used") or report.get("counts", {}).get("uncompared", 0) != 0:
        raise CommandFailed(f"the one-table diff did not decide its view through the shadow (see {warm})")
    runs = {"shadow": [], "offline": []}
    for _ in range(max(args.reps, 3)):
        runs["shadow"].append(run_measured(argv, cwd=repo)["wall_s"])
        runs["offline"].append(run_measured(argv + ["--offline"], cwd=repo)["wall_s"])
    summary["shadow_start"] = runs
    log(f"[shadow] one-table diff: {sorted(runs['shadow'])[len(runs['shadow']) // 2]:.2f} s with the "
        f"ephemeral shadow, {sorted(runs['offline'])[len(runs['offline']) // 2]:.2f} s offline")


def measure_docs(args, summary):
    """`driftgate docs` over 500 revision files — the hook for the docs command."""
    probe = subprocess.run([args.driftgate, "docs", "--help"], capture_output=True)
    if probe.returncode != 0:
        summary["docs"] = {"available": False, "reason": "`driftgate docs --help` failed: not built yet"}
        return
    repo = os.path.join(args.work, "docs-500")
    shutil.rmtree(repo, ignore_errors=True)
    subprocess.run(["/usr/bin/python3", os.path.join(os.path.dirname(__file__), "generate_revisions.py"),
                    "500", repo], check=True)
    make_repo(repo)
    argv = [args.driftgate, "docs", "--alembic", "alembic/versions", "--format", "json"]
    run_measured(argv, cwd=repo)  # warm-up
    runs = [run_measured(argv, cwd=repo, ok_codes=(0, 1)) for _ in range(args.reps)]
    summary["docs"] = {"available": True, "revisions": 500, "runs": runs}
    log(f"[docs] 500 revisions: {sorted(r['wall_s'] for r in runs)[len(runs) // 2]:.2f} s")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--driftgate", required=True)
    p.add_argument("--queries", required=True, help="src/introspect/queries")
    p.add_argument("--work", required=True, help="scratch folder for definitions and outputs")
    p.add_argument("--out", required=True, help="where samples.csv and results.json go")
    p.add_argument("--sizes", default="100,500,2000,5000")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--budget", type=float, default=60, help="seconds of measured runs per tool and size")
    p.add_argument("--apply-reps", type=int, default=1)
    p.add_argument("--migra", default="")
    p.add_argument("--migra-missing", default="")
    p.add_argument("--alembic", default="")
    p.add_argument("--alembic-missing", default="")
    p.add_argument("--pghost", default=os.environ.get("PGHOST", ""))
    p.add_argument("--pgport", default=os.environ.get("PGPORT", "5432"))
    p.add_argument("--pguser", default=os.environ.get("PGUSER", "postgres"))
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    os.makedirs(args.work, exist_ok=True)
    os.makedirs(args.out, exist_ok=True)
    summary = {
        "sizes": {},
        "reps": args.reps,
        "driftgate": args.driftgate,
        "server_version": psql(["-c", "SELECT version()"]),
        "missing": {k: v for k, v in (("migra", args.migra_missing), ("alembic", args.alembic_missing)) if v},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "loadavg_start": os.getloadavg(),
    }
    samples = []
    summary["samples"] = samples
    for size in sizes:
        measure_size(size, args, samples, summary)
        write_results(args.out, summary, samples)  # a later size that fails leaves these
    apply_size = max([s for s in sizes if s <= 2000] or [min(sizes)])
    for step in (lambda: measure_apply(apply_size, args, summary), lambda: measure_docs(args, summary),
                 lambda: measure_shadow_start(args, summary)):
        try:
            step()
        except (CommandFailed, subprocess.CalledProcessError, ValueError) as e:
            log(f"failed: {e}")
            summary.setdefault("step_failures", []).append(str(e))
    summary["loadavg_end"] = os.getloadavg()
    write_results(args.out, summary, samples)


def write_results(out, summary, samples):
    summary.setdefault("loadavg_end", os.getloadavg())
    fields = ["size", "tool", "round", "wall_s", "user_s", "sys_s", "max_rss_kb", "exit_code"]
    with open(os.path.join(out, "samples.csv"), "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(samples)
    with open(os.path.join(out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)


if __name__ == "__main__":
    main()
