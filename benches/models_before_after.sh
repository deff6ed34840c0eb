#!/usr/bin/env bash
# Clean debug builds of graph-entity-models at two commits, paired in one run: one area
# (`calendar`), the eight areas a mail-and-directory app enables
# (`users,mail,calendar,groups,directory,files,contacts,sites`) and `full`. Each build is of the
# models crate alone (dependencies built first, untimed; then `cargo clean -p
# graph-entity-models`, and `-p` each values crate the commit has, `graph-entity-models-values*`:
# the models in several crates are timed together), timed with /usr/bin/time -v (wall clock, user+system CPU, peak RSS,
# which is rustc's), with `uptime` before it. CARGO_INCREMENTAL=0: a first build.
#
# Usage: benches/models_before_after.sh BEFORE [AFTER]   (commits; AFTER defaults to HEAD)
#   env: OUT=/tmp/models-before-after (worktrees, targets, logs), LIMIT=900 (seconds per build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
before=${1:?usage: $0 BEFORE [AFTER]}
after=${2:-HEAD}
OUT=${OUT:-/tmp/models-before-after}
LIMIT=${LIMIT:-900}
export CARGO_INCREMENTAL=0
unset RUSTFLAGS
mkdir -p "$OUT"
eight=users,mail,calendar,groups,directory,files,contacts,sites

for side in before after; do
    commit=${!side}
    tree="$OUT/$side"
    rm -rf "$tree"
    git -C "$root" worktree remove --force "$tree" 2>/dev/null || true
    git -C "$root" worktree add --detach "$tree" "$commit" >/dev/null
    export CARGO_TARGET_DIR="$OUT/target-$side"
    (cd "$tree" && cargo build --offline -p graph-entity-models >"$OUT/warm-$side.log" 2>&1)
done

printf '%-8s %-10s %9s %9s %9s  %s\n' side features wall_s cpu_s peak_GB load
for features in calendar "$eight" full; do
    label=$features
    [[ $features == "$eight" ]] && label=eight
    for side in before after; do
        export CARGO_TARGET_DIR="$OUT/target-$side"
        tree="$OUT/$side"
        packages=(-p graph-entity-models)
        for values in "$tree"/graph-entity-models-values*/; do
            [[ -d $values ]] && packages+=(-p "$(basename "$values")")
        done
        (cd "$tree" && cargo clean --offline "${packages[@]}" >/dev/null 2>&1)
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        log="$OUT/$side-$label.time"
        if (cd "$tree" && /usr/bin/time -v timeout "$LIMIT" cargo build --offline -p graph-entity-models \
            --features "$features" >"$OUT/$side-$label.log" 2>"$log"); then
            wall=$(awk -F': ' '/Elapsed/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
            cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$log")
            peak=$(awk -F': ' '/Maximum resident/ {printf "%.2f", $2/1048576}' "$log")
            printf '%-8s %-10s %9s %9s %9s  %s\n' "$side" "$label" "$wall" "$cpu" "$peak" "$load"
        else
            printf '%-8s %-10s %9s  (failed or over %s s; see %s)\n' "$side" "$label" - "$LIMIT" "$log"
        fi
    done
done
for side in before after; do git -C "$root" worktree remove --force "$OUT/$side"; done
