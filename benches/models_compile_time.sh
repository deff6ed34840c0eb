#!/usr/bin/env bash
# Compile-time figures of graph-entity-models (all of Microsoft Graph v1.0, generated with
# #[derive(GraphEntity)]/#[derive(GraphEnum)]) against its plain-serde twin, the same types with
# serde's derives only (written by benches/tools/serde_twin.py; see its header for the mapping).
#
# For each crate, four clean builds of that crate alone (its dependencies are built beforehand,
# then `cargo clean -p <crate>`; the models are four crates, graph-entity-models and its three
# values crates, all cleaned and all in the figures), timed with /usr/bin/time -v (wall clock, user time, max RSS of
# the largest process, i.e. rustc):
#   debug   --features full       debug   --features calendar (one typical area, pulls `common`)
#   release --features full       release --features calendar
# A build that exceeds $LIMIT seconds (default 900) is stopped and reported as such.
# Then the macro expansion (`cargo rustc --profile=check -- -Zunpretty=expanded`, through
# RUSTC_BOOTSTRAP=1) of both crates with `full` and with `calendar`: its lines, the lines of the
# unexpanded sources it was expanded from, and both per type (a type = one `mod` line of the
# mod.rs files whose feature is enabled; 3,823 for `full`).
#
# Builds run one at a time; `uptime` is recorded before each timed build (other work on the
# machine shows up there). CARGO_INCREMENTAL=0, as in benches/compile_time.sh: a first build, not
# an incremental one. The models build in this workspace (with its Cargo.lock); the twin is its own
# workspace with a copy of that lock, so both use the same serde/serde_json. Both build --offline.
#
# Usage: benches/models_compile_time.sh   (no arguments; env: CARGO_TARGET_DIR (default
#   /tmp/twin-target), TWIN=/tmp/twin (the twin's directory, rewritten), OUT=/tmp/models-compile-time
#   (logs, expansions and results), LIMIT=900, REUSE=1 keeps the results already in $OUT and only
#   runs the missing measurements; PROFILES="debug release" and FEATURES="full calendar" choose
#   the builds, EXPAND=0 skips the macro expansion, DEBUG_INFO the debug builds' debug info:
#   cargo's default, full, unless set)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/twin-target}
export CARGO_INCREMENTAL=0
unset RUSTFLAGS
# The same debug info on both sides: this workspace's Cargo.toml gives its own builds line tables
# only, the twin's workspace has cargo's default (full), and so does a user's. Without this the
# models were built with less debug info than the twin (as in BENCHMARKS.md's "Values crates"
# debug rows against the twin). DEBUG_INFO=line-tables-only measures both with line tables.
export CARGO_PROFILE_DEV_DEBUG=${DEBUG_INFO:-true}
TWIN=${TWIN:-/tmp/twin}
OUT=${OUT:-/tmp/models-compile-time}
LIMIT=${LIMIT:-900}
mkdir -p "$OUT"
[[ -n ${REUSE:-} ]] || rm -f "$OUT"/*.time "$OUT"/*.load "$OUT"/*.lines

python3 "$root/benches/tools/serde_twin.py" --out "$TWIN"

# A command in the crate's workspace: the models' is "$root", the twin's "$TWIN".
in_crate() { # $1 = models|twin, then the command
    local which=$1
    shift
    if [[ $which == models ]]; then (cd "$root" && "$@"); else (cd "$TWIN" && "$@"); fi
}
crate_name() { [[ $1 == models ]] && echo graph-entity-models || echo graph-entity-models-twin; }
# What a clean build of the crate compiles: the models are four crates.
values_crates=(graph-entity-models-values graph-entity-models-values-1 graph-entity-models-values-2)
cleaned() {
    if [[ $1 == models ]]; then
        echo "-p graph-entity-models ${values_crates[*]/#/-p }"
    else
        echo "-p graph-entity-models-twin"
    fi
}

# --- builds ------------------------------------------------------------------------------------

warm() { # $1 = profile flag ("" or --release): the dependencies of both crates, no feature
    for which in models twin; do
        in_crate "$which" cargo build --offline $1 -p "$(crate_name "$which")" \
            >"$OUT/warm-$which$1.log" 2>&1
    done
}

timed() { # $1 = models|twin, $2 = debug|release, $3 = feature
    local which=$1 profile=$2 feature=$3 name="$1-$2-$3" flag=""
    [[ $profile == release ]] && flag=--release
    if [[ -n ${REUSE:-} && -s $OUT/$name.time ]]; then return; fi
    # shellcheck disable=SC2046 # the package flags are words
    in_crate "$which" cargo clean $flag $(cleaned "$which") >/dev/null 2>&1
    uptime >"$OUT/$name.load"
    echo "== $name (load: $(sed 's/.*load average: //' "$OUT/$name.load"))" >&2
    local rc=0
    in_crate "$which" /usr/bin/time -v -o "$OUT/$name.time" timeout "$LIMIT" \
        cargo build --offline $flag -p "$(crate_name "$which")" --features "$feature" \
        >"$OUT/$name.log" 2>&1 || rc=$?
    if [[ $rc == 124 ]]; then
        echo "stopped after ${LIMIT}s" >>"$OUT/$name.time"
    elif [[ $rc != 0 ]]; then
        echo "build failed: see $OUT/$name.log" >&2
        exit 1
    fi
    # Only the crate itself may have been compiled: anything else would be in the figures.
    local compiled expected=1
    [[ $which == models ]] && expected=$((1 + ${#values_crates[@]}))
    compiled=$(grep -c '^ *Compiling ' "$OUT/$name.log" || true)
    [[ $compiled == "$expected" ]] || echo "warning: $name compiled $compiled crates" >&2
}

export PROFILES=${PROFILES:-debug release}
export FEATURES=${FEATURES:-full calendar}
for profile in $PROFILES; do
    echo "== dependencies ($profile)" >&2
    # The build without features builds the dependencies (and the crate's empty lib): the
    # crate's features do not change theirs.
    if [[ $profile == release ]]; then warm --release; else warm ""; fi
    for feature in $FEATURES; do
        for which in models twin; do timed "$which" "$profile" "$feature"; done
    done
done

# --- expansion ---------------------------------------------------------------------------------

# Lines of the sources a feature compiles: the mod.rs files and lib.rs, and each type file whose
# `mod` line's gate is enabled. Prints "<types> <lines>".
source_lines() { # $1 = src dir, $2 = full|calendar
    python3 - "$1" "$2" <<'EOF'
import glob, os, re, sys
src, feature = sys.argv[1], sys.argv[2]
enabled = None if feature == "full" else {"common", feature}
types = lines = 0
count = lambda p: sum(1 for _ in open(p, encoding="utf-8"))
lines += count(os.path.join(src, "lib.rs"))
for mod in glob.glob(os.path.join(src, "graph", "**", "mod.rs"), recursive=True):
    text = open(mod, encoding="utf-8").read().split("\n")
    lines += len(text) - 1
    for prev, line in zip(text, text[1:]):
        m = re.fullmatch(r"mod (\w+);", line)
        if not m:
            continue
        gate = re.fullmatch(r'#\[cfg\(feature = "(\w+)"\)\]', prev).group(1)
        if enabled is None or gate in enabled:
            types += 1
            lines += count(os.path.join(os.path.dirname(mod), m.group(1) + ".rs"))
print(types, lines)
EOF
}

[[ ${EXPAND:-1} == 0 ]] && FEATURES_EXPANDED="" || FEATURES_EXPANDED="full calendar"
for feature in $FEATURES_EXPANDED; do
    for which in models twin; do
        name="$which-expanded-$feature"
        if [[ -n ${REUSE:-} && -s $OUT/$name.lines ]]; then continue; fi
        echo "== expansion: $name" >&2
        in_crate "$which" env RUSTC_BOOTSTRAP=1 cargo rustc --offline -p "$(crate_name "$which")" \
            --features "$feature" --profile=check -- -Zunpretty=expanded >"$OUT/$name.rs" 2>"$OUT/$name.log"
        if [[ $which == models ]]; then src=$root/graph-entity-models/src; else src=$TWIN/src; fi
        echo "$(wc -l <"$OUT/$name.rs") $(source_lines "$src" "$feature")" >"$OUT/$name.lines"
    done
done
if [[ -n $FEATURES_EXPANDED ]]; then
    cp "$OUT/models-expanded-full.rs" /tmp/models-expanded.rs
    cp "$OUT/twin-expanded-full.rs" /tmp/twin-expanded.rs
fi

# --- table -------------------------------------------------------------------------------------

python3 - "$OUT" <<'EOF'
import os, re, sys
out = sys.argv[1]

def read(name):
    text = open(os.path.join(out, name + ".time")).read()
    if "stopped after" in text:
        return None
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    secs = 0.0
    for part in wall.split(":"):
        secs = secs * 60 + float(part)
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return secs, user, rss / 1024 / 1024

def load(name):
    return open(os.path.join(out, name + ".load")).read().split("load average:")[1].strip()

fmt = lambda s: f"{int(s // 60)}:{s % 60:04.1f}"
print("| build | crate | wall | user | max RSS | load before (1, 5, 15 min) |")
print("|---|---|---:|---:|---:|---|")
for profile in os.environ["PROFILES"].split():
    for feature in os.environ["FEATURES"].split():
        got = {}
        for which in ("models", "twin"):
            name = f"{which}-{profile}-{feature}"
            if not os.path.exists(os.path.join(out, name + ".time")):
                continue  # not measured in this run (PROFILES, FEATURES)
            r = got[which] = read(name)
            cells = ("stopped after the limit", "", "") if r is None else \
                (fmt(r[0]), fmt(r[1]), f"{r[2]:.2f} GB")
            print(f"| {profile} `{feature}` | {which} | {' | '.join(cells)} | {load(name)} |")
        if got.get("models") and got.get("twin"):
            m, t = got["models"], got["twin"]
            print(f"| {profile} `{feature}` | models / twin | {m[0] / t[0]:.2f}× | "
                  f"{m[1] / t[1]:.2f}× | {m[2] / t[2]:.2f}× | |")
print()
print("| expansion | crate | types | source lines | expanded lines | source / type "
      "| expanded / type |")
print("|---|---|---:|---:|---:|---:|---:|")
for feature in ("full", "calendar"):
    exp = {}
    for which in ("models", "twin"):
        lines = os.path.join(out, f"{which}-expanded-{feature}.lines")
        if not os.path.exists(lines):
            continue  # EXPAND=0
        expanded, types, source = map(int, open(lines).read().split())
        exp[which] = expanded
        print(f"| `{feature}` | {which} | {types} | {source} | {expanded} | {source / types:.0f} "
              f"| {expanded / types:.0f} |")
    if len(exp) == 2:
        print(f"| `{feature}` | models / twin | | | {exp['models'] / exp['twin']:.2f}× | | |")
EOF
