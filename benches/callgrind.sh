#!/usr/bin/env bash
# Instructions per operation, graph-entity against each baseline, counted by valgrind's
# callgrind: deterministic, so the ratios do not depend on what else the machine runs.
#
# Runs `benches/callgrind.rs` once per (entity, benchmark, side), collecting instructions only
# inside the measured operation, N times (default 200), and prints instructions per iteration.
#
# Usage: benches/callgrind.sh [ENTITY...]   (default: office365 wide60 nested; env N=200;
#        KEEP=1 keeps the callgrind.out files for callgrind_annotate and prints where;
#        DIAGNOSTICS=0 skips the second table, the `serde-twin+type`, `serde-twin+flatten` and
#        `graph-entity+closure` diagnostics)
#
#        ENTITY `poly` (not in the default list: ~2 min) reads 1,000-row polymorphic pages
#        (issue 11), N=20 times unless N is set: `benches/callgrind.sh poly`.
set -euo pipefail

N_SET=${N:-}
N=${N:-200}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
manifest="$here/Cargo.toml"
entities=("$@")
[[ ${#entities[@]} -eq 0 ]] && entities=(office365 wide60 nested)

# The bench profile, as `cargo bench` builds it (function names suffice for callgrind_annotate;
# CARGO_PROFILE_BENCH_DEBUG=line-tables-only adds source lines).
bin=$(cargo bench --quiet --no-run \
    --manifest-path "$manifest" --bench callgrind --message-format=json |
    grep -o '"executable":"[^"]*callgrind-[^"]*"' | tail -1 | cut -d'"' -f4)
[[ -x $bin ]] || { echo "callgrind.sh: could not build the callgrind bench target" >&2; exit 1; }
out=$(mktemp -d "${TMPDIR:-/tmp}/ge-callgrind.XXXXXX")
if [[ -z ${KEEP:-} ]]; then trap 'rm -rf "$out"' EXIT; else echo "callgrind.out files: $out"; fi

# Instructions per iteration of ENTITY GROUP SIDE.
count() {
    local file="$out/callgrind.out.$1.$2.$3"
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*measured*' \
        --callgrind-out-file="$file" "$bin" "$1" "$2" "$3" "$N" >/dev/null 2>"$file.log" ||
        { cat "$file.log" >&2; exit 1; }
    local total
    total=$(sed -n 's/^summary: \([0-9]*\).*/\1/p' "$file")
    echo $((total / N))
}

benches=(
    "entity_serialize serde-twin value"
    "entity_deserialize_slice serde-twin value"
    "entity_deserialize_str serde-twin"
    "patch_serialize_sparse serde-twin"
    "patch_serialize_dense serde-twin"
    "patch_deserialize_sparse serde-twin"
    "patch_deserialize_dense serde-twin"
    "apply_sparse struct-patch value+json_patch"
    "apply_dense struct-patch value+json_patch"
    "diff struct-patch value+json_patch"
    "merge struct-patch value+json_patch"
)

# ENTITY `poly`: instructions per page read (N=20 unless set), graph-entity's
# `Page<AnyDirectoryObject>` against serde's internally tagged enum, and on the all-user page
# against `Page<User>` (the dispatch alone) and serde's derive on the `User` twin.
poly_benches=(
    "mixed_slice serde-tagged"
    "mixed_str serde-tagged"
    "mixed_type_last_slice serde-tagged"
    "mixed_type_last_str serde-tagged"
    "users_slice struct serde-tagged serde-twin"
    "users_str struct serde-tagged serde-twin"
)
declare -A poly_counts
poly_table() {
    local N=${N_SET:-20} line group baselines ours theirs side
    for line in "${poly_benches[@]}"; do
        read -r group baselines <<<"$line"
        ours=$(count poly "$group" graph-entity)
        poly_counts[$group]=$ours
        for side in $baselines; do
            theirs=$(count poly "$group" "$side")
            printf '| poly/%s | %d | %s | %d | %.3f× |\n' "$group" "$ours" "$side" "$theirs" \
                "$(echo "scale=4; $ours / $theirs" | bc -l)"
        done
    done
}

echo "| benchmark | graph-entity (instructions) | baseline | baseline (instructions) | graph-entity / baseline |"
echo "|---|---:|---|---:|---:|"
for entity in "${entities[@]}"; do
    if [[ $entity == poly ]]; then
        poly_table
        continue
    fi
    for line in "${benches[@]}"; do
        read -r group baselines <<<"$line"
        ours=$(count "$entity" "$group" graph-entity)
        for side in $baselines; do
            # The nested twin derives no struct-patch (it would replace nested values whole).
            [[ $entity == nested && $side == struct-patch ]] && continue
            theirs=$(count "$entity" "$group" "$side")
            ratio=$(echo "scale=4; $ours / $theirs" | bc -l)
            printf '| %s/%s | %d | %s | %d | %.2f× |\n' "$entity" "$group" "$ours" "$side" "$theirs" "$ratio"
        done
    done
done

[[ ${DIAGNOSTICS:-1} == 1 ]] || exit 0
# Diagnostics (not baselines), next to graph-entity: the limit's patch plus a leading
# `@odata.type` member, to show what that member alone costs (`nested`'s limit writes it
# already); for `nested`, the twin keeping undeclared members with `#[serde(flatten)]`, to show
# why the limit does not.
diagnostics=(
    "patch_serialize_sparse serde-twin+type"
    "patch_serialize_dense serde-twin+type"
)
nested_diagnostics=(
    "entity_serialize serde-twin+flatten"
    "entity_deserialize_slice serde-twin+flatten"
)
# Every entity: `apply` through a closure that captures the patch (moving it out of the
# captures copies the whole patch struct first), as the benches measured it before
# (BENCHMARKS.md, "Nested entity" and issue 20).
apply_diagnostics=(
    "apply_sparse graph-entity+closure"
    "apply_dense graph-entity+closure"
)
echo
echo "| benchmark | variant | instructions | variant / graph-entity |"
echo "|---|---|---:|---:|"
for entity in "${entities[@]}"; do
    if [[ $entity == poly ]]; then
        # The buffered path ("@odata.type" last in each row) against the same rows type first.
        for read in slice str; do
            ours=${poly_counts[mixed_$read]}
            theirs=${poly_counts[mixed_type_last_$read]}
            printf '| poly/mixed_%s | graph-entity | %d | 1.00× |\n' "$read" "$ours"
            printf '| poly/mixed_%s | graph-entity, type last | %d | %.3f× |\n' "$read" "$theirs" \
                "$(echo "scale=4; $theirs / $ours" | bc -l)"
        done
        continue
    fi
    lines=("${diagnostics[@]}")
    [[ $entity == nested ]] && lines=("${nested_diagnostics[@]}")
    lines+=("${apply_diagnostics[@]}")
    for line in "${lines[@]}"; do
        read -r group sides <<<"$line"
        ours=$(count "$entity" "$group" graph-entity)
        printf '| %s/%s | graph-entity | %d | 1.00× |\n' "$entity" "$group" "$ours"
        for side in $sides; do
            theirs=$(count "$entity" "$group" "$side")
            printf '| %s/%s | %s | %d | %.2f× |\n' "$entity" "$group" "$side" "$theirs" \
                "$(echo "scale=4; $theirs / $ours" | bc -l)"
        done
    done
done
