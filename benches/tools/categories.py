#!/usr/bin/env python3
"""Where a benchmark's instructions go, by kind of work: the self cost of every function in a
callgrind.out file (`callgrind_annotate --inclusive=no`), grouped by its name, per iteration.

Usage: python3 benches/tools/categories.py N CALLGRIND_OUT...
N is the iteration count of the run (`N=20 KEEP=1 benches/callgrind.sh poly` keeps the files and
prints their directory). The groups are by name only: a function inlined into another counts
where it was inlined (e.g. the derive's reader of one variant inlined into `read_variant`).
"""
import re
import subprocess
import sys

# First match wins.
CATEGORIES = [
    ("serde Content buffer (incl. its drop)", ("Content", "content::", "_content")),
    ("Value buffer (type-last path)", ("serde_json::value", "serde_json::map", "read_buffered", "Buffered<")),
    ("JSON scanning (serde_json's reader, UTF-8 checks)", ("serde_json::", "from_utf8", "core::str::")),
    ("allocator, memcpy", ("malloc.c", "arena.c", "memmove", "memcpy", "memcmp", "__rust_alloc",
                           "__rdl_", "__rust_dealloc", "__rust_realloc", "raw_vec", "alloc_perturb",
                           "__rust_no_alloc")),
    ("drop glue", ("drop_in_place", "Drop>::drop")),
    ("read_variant (dispatch; other variants' readers inlined)", ("read_variant", "__private::poly")),
    ("Page<T> / the twin page", ("graph_entity::page",)),
]
OTHER = "struct readers (visit_map, property names, String/Option/bool/Vec impls)"


def category(name):
    for label, keys in CATEGORIES:
        if any(k in name for k in keys):
            return label
    return OTHER


def main():
    n = int(sys.argv[1])
    for path in sys.argv[2:]:
        out = subprocess.run(["callgrind_annotate", "--inclusive=no", "--threshold=100", path],
                             capture_output=True, text=True, check=True).stdout
        totals = {}
        for line in out.split("file:function", 1)[1].splitlines():
            m = re.match(r"\s*([\d,]+)\s+\([^)]*\)\s+(.*)", line)
            if m:
                label = category(m.group(2))
                totals[label] = totals.get(label, 0) + int(m.group(1).replace(",", "")) / n
        total = sum(totals.values())
        print(f"\n{path}: {total:,.0f} per iteration\n")
        print("| kind of work | instructions | share |")
        print("|---|---:|---:|")
        for label, value in sorted(totals.items(), key=lambda kv: -kv[1]):
            print(f"| {label} | {value:,.0f} | {100 * value / total:.1f}% |")


if __name__ == "__main__":
    main()
