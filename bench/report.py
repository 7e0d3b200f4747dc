#!/usr/bin/env python3
"""Turns bench/results/results.json (written by measure.py) into the printed report: per size
the median time of every tool with its spread, the ratios the issue sets targets for with
PASS/MISS, the scaling of driftgate's time and memory, apply and docs; also written to
report.txt, and the plot (plot_svg.py) of time vs tables per tool.

    report.py RESULTS_DIR
"""
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plot_svg import write_plot  # noqa: E402

TOOLS = ["dg_parse", "dg_introspect", "dg_diff", "dg_diff_offline", "floor", "pg_dump", "migra", "alembic"]
LABELS = {
    "dg_parse": "driftgate parse (inspect git:HEAD sql)",
    "dg_introspect": "driftgate introspect (sql)",
    "dg_diff": "driftgate diff (default)",
    "dg_diff_offline": "driftgate diff --offline",
    "floor": "catalog floor (psql)",
    "pg_dump": "pg_dump --schema-only",
    "migra": "migra (@pgkit/migra)",
    "alembic": "SQLAlchemy + Alembic",
}


def stats_by(samples):
    """(size, tool) -> {median, min, max, n, rss_mb}"""
    groups = {}
    for s in samples:
        groups.setdefault((s["size"], s["tool"]), []).append(s)
    out = {}
    for key, group in groups.items():
        walls = [g["wall_s"] for g in group]
        out[key] = {
            "median": statistics.median(walls), "min": min(walls), "max": max(walls), "n": len(walls),
            "rss_mb": max(g["max_rss_kb"] for g in group) / 1024,
        }
    return out


def verdict(ok):
    return "PASS" if ok else "MISS"


def main():
    results_dir = sys.argv[1]
    with open(os.path.join(results_dir, "results.json"), encoding="utf-8") as f:
        results = json.load(f)
    st = stats_by(results["samples"])
    sizes = sorted(int(s) for s in results["sizes"])
    lines = []
    say = lines.append
    say(f"driftgate benchmark — {results['server_version'].split(',')[0]}, {results['reps']} repetitions "
        f"after a warm-up, interleaved; load average {results['loadavg_start'][0]:.1f} → {results['loadavg_end'][0]:.1f}")
    for tool, reason in results["missing"].items():
        say(f"  {tool}: MISSING — {reason}")
    say("")
    say("Median wall time, s [min–max] (n)")
    say(f"{'tool':38}" + "".join(f"{str(s) + ' tables':>24}" for s in sizes))
    for tool in TOOLS:
        if not any((s, tool) in st for s in sizes):
            continue
        cells = []
        for s in sizes:
            v = st.get((s, tool))
            failed = results["sizes"][str(s)]["failed"].get(tool)
            cells.append("failed" if failed else "—" if v is None else
                         f"{v['median']:.3f} [{v['min']:.2f}–{v['max']:.2f}] ({v['n']})")
        say(f"{LABELS[tool]:38}" + "".join(f"{c:>24}" for c in cells))
    say(f"{'driftgate diff peak RSS, MB':38}" + "".join(
        f"{st[(s, 'dg_diff')]['rss_mb']:>24.1f}" if (s, "dg_diff") in st else f"{'—':>24}" for s in sizes))
    say(f"{'drift found by diff (expected 0)':38}" + "".join(
        f"{str((results['sizes'][str(s)].get('drift_counts') or {}).get('drift', '?')):>24}" for s in sizes))
    say("")

    def med(size, tool):
        v = st.get((size, tool))
        return v["median"] if v else None

    def ratio(a, b):
        return a / b if a is not None and b else None

    say("Ratios and targets")
    say(f"{'ratio':38}{'target':>12}" + "".join(f"{str(s):>10}" for s in sizes) + "   verdict")
    rows = [
        ("diff ÷ floor", "≤ 1.3 @500,2000", lambda s: ratio(med(s, "dg_diff"), med(s, "floor")), [500, 2000], lambda r: r <= 1.3),
        ("diff --offline ÷ floor", "(info)", lambda s: ratio(med(s, "dg_diff_offline"), med(s, "floor")), [], None),
        ("introspect ÷ floor", "(info)", lambda s: ratio(med(s, "dg_introspect"), med(s, "floor")), [], None),
        ("pg_dump ÷ diff", "≥ 2 @2000", lambda s: ratio(med(s, "pg_dump"), med(s, "dg_diff")), [2000], lambda r: r >= 2),
        ("pg_dump ÷ introspect", "(info)", lambda s: ratio(med(s, "pg_dump"), med(s, "dg_introspect")), [], None),
        ("migra ÷ diff", "≥ 25 @2000", lambda s: ratio(med(s, "migra"), med(s, "dg_diff")), [2000], lambda r: r >= 25),
        ("alembic ÷ diff", "≥ 60 @2000", lambda s: ratio(med(s, "alembic"), med(s, "dg_diff")), [2000], lambda r: r >= 60),
    ]
    verdicts = {}
    for name, target, fn, at, check in rows:
        values = {s: fn(s) for s in sizes}
        cells = "".join(f"{v:>10.2f}" if v is not None else f"{'—':>10}" for v in values.values())
        if check is None:
            result = ""
        else:
            judged = [values.get(s) for s in at if s in values]
            result = ("n/a (size not run)" if not judged else "n/a (peer missing)" if None in judged
                      else verdict(all(check(v) for v in judged)))
        verdicts[name] = result
        say(f"{name:38}{target:>12}{cells}   {result}")
    rss = {s: st[(s, "dg_diff")]["rss_mb"] for s in sizes if (s, "dg_diff") in st}
    say(f"{'diff peak RSS, MB':38}{'≤ 64 @2000':>12}" + "".join(f"{rss.get(s, 0):>10.1f}" for s in sizes)
        + "   " + (verdict(rss[2000] <= 64) if 2000 in rss else "n/a (size not run)"))
    per_table = {s: med(s, "dg_diff") / s * 1000 for s in sizes if med(s, "dg_diff")}
    say(f"{'diff ms per table':38}{'±25% 500→5000':>12}" + "".join(f"{per_table.get(s, 0):>10.2f}" for s in sizes)
        + "   " + _flatness(per_table))
    per_table_off = {s: med(s, "dg_diff_offline") / s * 1000 for s in sizes if med(s, "dg_diff_offline")}
    say(f"{'diff --offline ms per table':38}{'(info)':>12}" + "".join(f"{per_table_off.get(s, 0):>10.2f}" for s in sizes)
        + "   " + _flatness(per_table_off))
    mbps = {s: results["sizes"][str(s)]["definition_bytes"] / 1e6 / med(s, "dg_parse") for s in sizes if med(s, "dg_parse")}
    say(f"{'parse MB/s (whole process)':38}{'≥ 20':>12}" + "".join(f"{mbps.get(s, 0):>10.1f}" for s in sizes)
        + "   " + (verdict(mbps[max(mbps)] >= 20) + f" (at {max(mbps)})" if mbps else "n/a"))
    if len(mbps) > 1:
        a, b = min(mbps), max(mbps)
        bytes_ = {s: results["sizes"][str(s)]["definition_bytes"] for s in (a, b)}
        slope = (bytes_[b] - bytes_[a]) / 1e6 / max(med(b, "dg_parse") - med(a, "dg_parse"), 1e-9)
        say(f"{'parse MB/s marginal (startup excluded)':38}{'(info)':>12}{'':>10}"
            f"  {a}→{b}: {slope:.1f} MB/s")
    say(f"{'definition size, MB':38}{'':>12}" + "".join(
        f"{results['sizes'][str(s)]['definition_bytes'] / 1e6:>10.2f}" for s in sizes))
    # The shadow's cost per item it decided, its fixed cost (start, stop) taken out.
    fixed = 0.0
    if results.get("shadow_start"):
        fixed = (statistics.median(results["shadow_start"]["shadow"])
                 - statistics.median(results["shadow_start"]["offline"]))
    shadow_cost = {}
    for s in sizes:
        decided = results["sizes"][str(s)].get("shadow_decided")
        if decided and med(s, "dg_diff") and med(s, "dg_diff_offline"):
            shadow_cost[s] = (med(s, "dg_diff") - med(s, "dg_diff_offline") - fixed) / decided * 1000
    say(f"{'shadow ms per decided item (no fixed)':38}{'(info)':>12}" + "".join(
        f"{shadow_cost[s]:>10.2f}" if s in shadow_cost else f"{'—':>10}" for s in sizes))
    say(f"{'items decided by the shadow':38}{'':>12}" + "".join(
        f"{str(results['sizes'][str(s)].get('shadow_decided', '?')):>10}" for s in sizes))
    if len(sizes) > 1 and (sizes[0], "dg_diff") in st and (sizes[-1], "dg_diff") in st:
        a, b = sizes[0], sizes[-1]
        say(f"scaling {a} → {b} tables (×{b / a:.0f}): diff time ×{med(b, 'dg_diff') / med(a, 'dg_diff'):.1f}, "
            f"peak RSS ×{rss[b] / rss[a]:.1f} ({rss[a]:.0f} → {rss[b]:.0f} MB)")
    say("")
    apply = results.get("apply")
    if apply:
        first = [r["first"] for r in apply["runs"]]
        second = [r["second"] for r in apply["runs"]]
        t = statistics.median(r["wall_s"] for r in first)
        n = first[0]["statements_run"] or 0
        say(f"apply of {apply['tables']} tables into an empty database: {n} statements in {t:.2f} s "
            f"({n / t:.0f} statements/s; driftgate's own elapsed {first[0]['elapsed_ms']} ms), "
            f"peak RSS {max(r['max_rss_kb'] for r in first) / 1024:.0f} MB")
        say(f"second apply (no-op): {second[0]['statements_run']} statements in "
            f"{statistics.median(r['wall_s'] for r in second):.2f} s")
    shadow = results.get("shadow_start")
    if shadow:
        on, off = statistics.median(shadow["shadow"]), statistics.median(shadow["offline"])
        say(f"ephemeral shadow, fixed cost (one-table diff with it minus --offline): {on - off:.3f} s "
            f"(target < 1 s) {verdict(on - off < 1)}; with it {on:.3f} s, offline {off:.3f} s")
    docs = results.get("docs", {})
    if docs.get("available"):
        say(f"docs over {docs['revisions']} revision files: "
            f"{statistics.median(r['wall_s'] for r in docs['runs']):.3f} s median, "
            f"peak RSS {max(r['max_rss_kb'] for r in docs['runs']) / 1024:.0f} MB")
    else:
        say(f"docs: not available — {docs.get('reason', 'not measured')}")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    with open(os.path.join(results_dir, "report.txt"), "w", encoding="utf-8") as f:
        f.write(text)
    series = {LABELS[t]: [(s, med(s, t)) for s in sizes if med(s, t)] for t in TOOLS}
    write_plot(os.path.join(results_dir, "time_vs_tables.svg"), {k: v for k, v in series.items() if v})


def _flatness(per_table):
    judged = {s: v for s, v in per_table.items() if 500 <= s <= 5000}
    if 500 not in judged or 5000 not in judged:
        return "n/a (needs 500 and 5000)"
    base = judged[500]
    worst = max(abs(v / base - 1) for v in judged.values())
    return f"{verdict(worst <= 0.25)} (worst {worst * 100:+.0f}% vs 500)"


if __name__ == "__main__":
    main()
