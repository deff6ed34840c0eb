#!/usr/bin/env python3
"""Prints the criterion results of the benches as a Markdown table: graph-entity next to each
baseline of the same group, with the ratio graph-entity / baseline (below 1: graph-entity is
faster) computed within each run, then summarised over the runs.

Usage: python3 benches/tools/report.py TARGET_DIR [BASELINE...]
Reads TARGET_DIR/criterion/<group>/<function>/<BASELINE>/estimates.json for each named criterion
baseline (runs saved with `cargo bench -- --save-baseline NAME`; default: `new`, the last run).
Times are medians; with several runs the table shows the median over runs of each time and of
each same-run ratio, and the range of the ratio.
"""
import glob
import json
import os
import statistics
import sys

def paired(files):
    rows = {}
    for path in files:
        for line in open(path):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 6 or not cells[4].endswith("×"):
                continue
            key = (cells[0], cells[2])
            rows.setdefault(key, []).append((cells[1], cells[3], float(cells[4].rstrip("×"))))
    print("| benchmark | graph-entity | baseline | baseline time | graph-entity / baseline | runs |")
    print("|---|---:|---|---:|---:|---|")
    for (bench, baseline), runs in rows.items():
        runs.sort(key=lambda r: r[2])
        ours, theirs, ratio = runs[len(runs) // 2]
        values = ", ".join(f"{r[2]:.2f}" for r in runs)
        print(f"| {bench} | {ours} | {baseline} | {theirs} | {ratio:.2f}× | {values} |")


if len(sys.argv) > 1 and sys.argv[1] == "--paired":
    paired(sys.argv[2:])
    sys.exit(0)

target = sys.argv[1] if len(sys.argv) > 1 else "target"
runs = sys.argv[2:] or ["new"]
# results[group][function][run] = median time (ns)
results = {}
for bench in glob.glob(os.path.join(target, "criterion", "**", "benchmark.json"), recursive=True):
    run = os.path.basename(os.path.dirname(bench))
    if run not in runs:
        continue
    with open(bench) as fh:
        meta = json.load(fh)
    with open(os.path.join(os.path.dirname(bench), "estimates.json")) as fh:
        median = json.load(fh)["median"]["point_estimate"]
    results.setdefault(meta["group_id"], {}).setdefault(meta["function_id"], {})[run] = median


def fmt(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


many = len(runs) > 1
head = "| benchmark | graph-entity | baseline | baseline time | graph-entity / baseline |"
print(head + (" range over runs |" if many else ""))
print("|---|---:|---|---:|---:|" + ("---|" if many else ""))


def order(group):
    entity, _, op = group.partition("/")
    return (entity != "office365", op)


for group in sorted(results, key=order):
    funcs = results[group]
    ours = funcs.get("graph-entity")
    if not ours:
        continue
    for name, theirs in sorted(funcs.items()):
        if name == "graph-entity":
            continue
        common = [r for r in runs if r in ours and r in theirs]
        if not common:
            continue
        ratios = [ours[r] / theirs[r] for r in common]
        line = (
            f"| {group} | {fmt(statistics.median(ours[r] for r in common))} | {name} | "
            f"{fmt(statistics.median(theirs[r] for r in common))} | {statistics.median(ratios):.2f}× |"
        )
        if many:
            line += f" {min(ratios):.2f}–{max(ratios):.2f}× |"
        print(line)
