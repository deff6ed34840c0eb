#!/usr/bin/env bash
# What a user pays after a one-line edit of their own program: a small binary that reads an
# `Event`, a `Message` and a `User` with the eight app areas of graph-entity-models, edited and
# rebuilt (`cargo build`, the dev profile, incremental as cargo's default), against the same
# program over the plain-serde twin (benches/tools/serde_twin.py, the same types with serde's
# derives alone).
#
# Each program is its own workspace in $OUT (with a copy of this workspace's Cargo.lock, so
# both build --offline with the same serde and serde_json), built once with its dependency,
# then edited (one string literal changed) and rebuilt $RUNS times, alternating models and twin,
# each rebuild timed with /usr/bin/time -v and the load average recorded before it.
#
# Usage: benches/downstream_edit.sh   (env: OUT=/tmp/downstream-edit, TWIN=/tmp/twin (rewritten),
#   RUNS=3, FEATURES="users,mail,calendar,groups,directory,files,contacts,sites")
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
OUT=${OUT:-/tmp/downstream-edit}
TWIN=${TWIN:-/tmp/twin}
RUNS=${RUNS:-3}
FEATURES=${FEATURES:-users,mail,calendar,groups,directory,files,contacts,sites}
unset RUSTFLAGS CARGO_TARGET_DIR CARGO_INCREMENTAL
mkdir -p "$OUT"

python3 "$root/benches/tools/serde_twin.py" --out "$TWIN" >/dev/null

program() { # $1 = models|twin: writes $OUT/$1, a binary crate over that dependency
    local which=$1 dir=$OUT/$1 dep crate
    if [[ $which == models ]]; then
        dep="graph-entity-models = { path = \"$root/graph-entity-models\", features = [$FEATURES_Q] }"
        crate=graph_entity_models
    else
        dep="graph-entity-models-twin = { path = \"$TWIN\", features = [$FEATURES_Q] }"
        crate=graph_entity_models_twin
    fi
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<EOF
[package]
name = "downstream-$which"
version = "0.1.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
$dep
serde_json = "1"
EOF
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    cat >"$dir/src/main.rs" <<EOF
use $crate::{Event, Message, User};

fn main() {
    let text = std::env::args().nth(1).unwrap_or_else(|| "{}".to_owned());
    let event: Event = serde_json::from_str(&text).unwrap_or_default();
    let message: Message = serde_json::from_str(&text).unwrap_or_default();
    let user: User = serde_json::from_str(&text).unwrap_or_default();
    println!("{:?} {:?} {:?}", event.subject, message.subject, user.display_name);
    println!("edit 0");
}
EOF
}

FEATURES_Q=$(sed 's/[^,]*/"&"/g; s/,/, /g' <<<"$FEATURES")
for which in models twin; do
    program "$which"
    echo "== first build of $which" >&2
    (cd "$OUT/$which" && cargo build --offline >"$OUT/first-$which.log" 2>&1)
done

for run in $(seq 1 "$RUNS"); do
    for which in models twin; do
        sed -i "s/edit [0-9]*/edit $run/" "$OUT/$which/src/main.rs"
        uptime >"$OUT/$which-$run.load"
        (cd "$OUT/$which" && /usr/bin/time -v -o "$OUT/$which-$run.time" \
            cargo build --offline >"$OUT/$which-$run.log" 2>&1)
        compiled=$(grep -c '^ *Compiling ' "$OUT/$which-$run.log" || true)
        [[ $compiled == 1 ]] || echo "warning: $which run $run compiled $compiled crates" >&2
    done
done

field() { grep "$2" "$1" | sed 's/.*: //'; }
echo "| run | program | wall | CPU (user + sys) | peak RSS | load average before |"
echo "|---|---|---:|---:|---:|---|"
for run in $(seq 1 "$RUNS"); do
    for which in models twin; do
        t=$OUT/$which-$run.time
        user=$(field "$t" "User time"); sys=$(field "$t" "System time")
        cpu=$(python3 -c "print(f'{$user + $sys:.2f} s')")
        rss=$(python3 -c "print(f'{$(field "$t" "Maximum resident") / 1048576:.2f} GB')")
        echo "| $run | $which | $(field "$t" "Elapsed") | $cpu | $rss |" \
            "$(sed 's/.*load average: //' "$OUT/$which-$run.load") |"
    done
done
