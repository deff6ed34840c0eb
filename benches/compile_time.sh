#!/usr/bin/env bash
# Compile-time benchmark of #[derive(GraphEntity)] against serde's derive (issue 5).
#
# Generates, in a temporary workspace, two crates with N entities of 40 fields each:
#
#   ge    `#[derive(Debug, Clone, PartialEq, GraphEntity)]` on each entity. The derive generates
#         the entity's Serialize/Deserialize, the `{Name}Patch` type with Default/Clone/Debug/
#         PartialEq/Serialize/Deserialize, and Entity/Patch (apply, diff, merge, is_empty,
#         changed_properties) plus csv::Columns.
#   serde the twin a user would write with serde instead: the entity with
#         `#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]` and `rename_all`, a patch
#         struct with `#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]` and
#         `default`/`skip_serializing_if`/double-option attributes, and hand-written `apply`,
#         `diff`, `merge` and `is_empty` (the same functionality, minus `@odata.type`, the
#         integer-as-string leniency, the error context and changed_properties/csv).
#
# Both crates also contain, per entity, one function that reads and writes the entity and its
# patch with serde_json, so the generic serde impls are monomorphized and code-generated in the
# crate as in a real program (USE=0 leaves them out: a model-only library crate, whose generic
# impls are only type-checked there). Both use graph_entity::edm::Date and serde_json; their
# dependencies are built once, before any timing, in one shared target directory, so each timed
# `cargo build` compiles the generated crate only.
#
# Prints, for N = 10, 50, 200 (or the values in $SIZES): the dev-profile build time of each crate
# (min of $REPEAT runs, alternating), the ratio, and the size of the expanded code
# (`cargo rustc -- -Zunpretty=expanded`, via RUSTC_BOOTSTRAP=1 on stable). Then the clean build
# time of graph-entity-derive against serde_derive (each with its dependencies, in a fresh
# target directory), of the runtime stacks `graph-entity` and `serde` + `derive`, and the
# dependency counts.
#
# Usage: benches/compile_time.sh   (env: SIZES="10 50 200", REPEAT=3, USE=1, DERIVES=1 (0 skips
#                                   the clean builds of the derive crates), KEEP=1 keeps the
#                                   temporary directory and prints its path)
set -euo pipefail

SIZES=${SIZES:-"10 50 200"}
REPEAT=${REPEAT:-3}
USE=${USE:-1}
DERIVES=${DERIVES:-1}
FIELDS=40

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ge-compile-time.XXXXXX")
if [[ -z ${KEEP:-} ]]; then
    trap 'rm -rf "$work"' EXIT
else
    echo "work directory: $work"
fi
export CARGO_TARGET_DIR="$work/target"
export CARGO_INCREMENTAL=0 # a first build of the crate, not an incremental rebuild
unset RUSTFLAGS

# The path from the generated crates ($work/gen/<crate>) to graph-entity, as a relative path.
ge_path=$(realpath -m --relative-to="$work/gen/gen-ge" "$root/graph-entity")

# --- generation -------------------------------------------------------------------------------

# Field j (1..39; field 0 is the key `id: String`): name and type, cycling through the kinds.
kinds=("i64" "Option<i64>" "String" "Option<String>" "bool" "Option<bool>" "Date" "Option<Date>"
    "Vec<String>" "Option<Vec<String>>")
words=(count total label title enabled flag date stamp items tags)
field_name() { echo "${words[$(($1 % 10))]}_$1_value"; }
field_type() { echo "${kinds[$(($1 % 10))]}"; }
is_copy() { case "$(field_type "$1")" in *String* | *Vec*) return 1 ;; *) return 0 ;; esac; }
is_nullable() { [[ $(field_type "$1") == Option* ]]; }

gen_common() { # $1 = crate dir, $2 = extra dependency lines
    mkdir -p "$1/src"
    cat >"$1/Cargo.toml" <<EOF
[package]
name = "$(basename "$1")"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
graph-entity = { path = "$ge_path" }
serde_json = "1"
$2
EOF
}

roundtrip() { # $1 = entity number
    [[ $USE == 1 ]] || return 0
    echo
    echo "pub fn roundtrip_$1(json: &str) -> serde_json::Result<(String, String)> {"
    echo "    let entity: Entity$1 = serde_json::from_str(json)?;"
    echo "    let patch: Entity${1}Patch = serde_json::from_str(json)?;"
    echo "    Ok((serde_json::to_string(&entity)?, serde_json::to_string(&patch)?))"
    echo "}"
}

gen_ge() { # $1 = N
    local dir="$work/gen/gen-ge" n=$1 i j
    gen_common "$dir" ""
    {
        echo "//! $n entities of $FIELDS fields with #[derive(GraphEntity)] (generated)."
        echo "#![allow(dead_code)]"
        echo "use graph_entity::GraphEntity;"
        echo "use graph_entity::edm::Date;"
        for ((i = 0; i < n; i++)); do
            echo
            echo "#[derive(Debug, Clone, PartialEq, GraphEntity)]"
            echo "#[graph(odata_type = \"bench.entity$i\")]"
            echo "pub struct Entity$i {"
            echo "    #[graph(key)]"
            echo "    pub id: String,"
            for ((j = 1; j < FIELDS; j++)); do
                echo "    pub $(field_name $j): $(field_type $j),"
            done
            echo "}"
            roundtrip "$i"
        done
    } >"$dir/src/lib.rs"
}

gen_serde() { # $1 = N
    local dir="$work/gen/gen-serde" n=$1 i j f
    gen_common "$dir" 'serde = { version = "1", features = ["derive"] }'
    {
        echo "//! $n entities of $FIELDS fields with serde's derive and a hand-written patch (generated)."
        echo "#![allow(dead_code)]"
        echo "use graph_entity::edm::Date;"
        echo "use serde::{Deserialize, Serialize};"
        echo
        echo "mod double_option {"
        echo "    use serde::{Deserialize, Deserializer, Serialize, Serializer};"
        echo "    pub fn serialize<T: Serialize, S: Serializer>(v: &Option<Option<T>>, s: S) -> Result<S::Ok, S::Error> {"
        echo "        match v { Some(inner) => inner.serialize(s), None => s.serialize_none() }"
        echo "    }"
        echo "    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(d: D) -> Result<Option<Option<T>>, D::Error> {"
        echo "        Option::<T>::deserialize(d).map(Some)"
        echo "    }"
        echo "}"
        for ((i = 0; i < n; i++)); do
            echo
            echo "#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]"
            echo "#[serde(rename_all = \"camelCase\")]"
            echo "pub struct Entity$i {"
            echo "    pub id: String,"
            for ((j = 1; j < FIELDS; j++)); do
                echo "    pub $(field_name $j): $(field_type $j),"
            done
            echo "}"
            echo
            echo "#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]"
            echo "#[serde(rename_all = \"camelCase\")]"
            echo "pub struct Entity${i}Patch {"
            for ((j = 1; j < FIELDS; j++)); do
                if is_nullable $j; then
                    echo "    #[serde(default, skip_serializing_if = \"Option::is_none\", with = \"double_option\")]"
                else
                    echo "    #[serde(default, skip_serializing_if = \"Option::is_none\")]"
                fi
                echo "    pub $(field_name $j): Option<$(field_type $j)>,"
            done
            echo "}"
            echo
            echo "impl Entity$i {"
            echo "    pub fn apply(&mut self, patch: Entity${i}Patch) {"
            for ((j = 1; j < FIELDS; j++)); do
                f=$(field_name $j)
                echo "        if let Some(v) = patch.$f { self.$f = v; }"
            done
            echo "    }"
            echo "    pub fn diff(&self, updated: &Self) -> Entity${i}Patch {"
            echo "        Entity${i}Patch {"
            for ((j = 1; j < FIELDS; j++)); do
                f=$(field_name $j)
                if is_copy $j; then
                    echo "            $f: if self.$f != updated.$f { Some(updated.$f) } else { None },"
                else
                    echo "            $f: if self.$f != updated.$f { Some(updated.$f.clone()) } else { None },"
                fi
            done
            echo "        }"
            echo "    }"
            echo "}"
            echo
            echo "impl Entity${i}Patch {"
            echo "    pub fn is_empty(&self) -> bool {"
            echo -n "        true"
            for ((j = 1; j < FIELDS; j++)); do echo -n " && self.$(field_name $j).is_none()"; done
            echo
            echo "    }"
            echo "    pub fn merge(&mut self, later: Self) {"
            for ((j = 1; j < FIELDS; j++)); do
                f=$(field_name $j)
                echo "        if later.$f.is_some() { self.$f = later.$f; }"
            done
            echo "    }"
            echo "}"
            roundtrip "$i"
        done
    } >"$dir/src/lib.rs"
}

mkdir -p "$work/gen"
cat >"$work/gen/Cargo.toml" <<'EOF'
[workspace]
members = ["gen-ge", "gen-serde"]
resolver = "3"
EOF
# The workspace's lock file, so both sides build the dependency versions graph-entity is tested with.
cp "$root/Cargo.lock" "$work/gen/Cargo.lock"

# --- timing -----------------------------------------------------------------------------------

now() { date +%s.%N; }
# Builds crate $1 of the generated workspace; prints the wall time in seconds.
build_time() {
    touch "$work/gen/$1/src/lib.rs"
    local start end
    start=$(now)
    cargo build --quiet --manifest-path "$work/gen/Cargo.toml" -p "$1"
    end=$(now)
    echo "$end - $start" | bc -l
}
min() { printf '%s\n' "$@" | sort -g | head -1; }
fmt() { printf '%.2f' "$1"; }
expanded_lines() { # $1 = crate
    RUSTC_BOOTSTRAP=1 cargo rustc --quiet --manifest-path "$work/gen/Cargo.toml" -p "$1" --lib \
        -- -Zunpretty=expanded 2>/dev/null | grep -cv '^[[:space:]]*$'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(rustc --version)"
echo "generated crates: $FIELDS fields per entity, serde_json round trip per entity: $([[ $USE == 1 ]] && echo yes || echo no)"
echo "graph-entity: $root/graph-entity (commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || cat "$root/SNAPSHOT_COMMIT" 2>/dev/null || echo '?'))"
echo

# Warm the dependencies of both crates (the smallest size), untimed.
gen_ge 1
gen_serde 1
cargo build --quiet --manifest-path "$work/gen/Cargo.toml" -p gen-ge
cargo build --quiet --manifest-path "$work/gen/Cargo.toml" -p gen-serde

printf '%-5s %-14s %-14s %-7s %-16s %-16s %s\n' N "ge build (s)" "serde build (s)" ratio \
    "ge expanded" "serde expanded" "all runs ge | serde (s)"
for n in $SIZES; do
    gen_ge "$n"
    gen_serde "$n"
    # One untimed build each (checks the crate compiles, fills the OS file cache).
    cargo build --quiet --manifest-path "$work/gen/Cargo.toml" -p gen-ge
    cargo build --quiet --manifest-path "$work/gen/Cargo.toml" -p gen-serde
    ge_runs=()
    serde_runs=()
    for ((r = 0; r < REPEAT; r++)); do
        ge_runs+=("$(build_time gen-ge)")
        serde_runs+=("$(build_time gen-serde)")
    done
    ge_min=$(min "${ge_runs[@]}")
    serde_min=$(min "${serde_runs[@]}")
    ratio=$(echo "$ge_min / $serde_min" | bc -l)
    ge_lines=$(expanded_lines gen-ge)
    serde_lines=$(expanded_lines gen-serde)
    runs_ge=$(for t in "${ge_runs[@]}"; do fmt "$t"; echo -n ' '; done)
    runs_serde=$(for t in "${serde_runs[@]}"; do fmt "$t"; echo -n ' '; done)
    printf '%-5s %-14s %-15s %-7s %-16s %-16s %s\n' "$n" "$(fmt "$ge_min")" "$(fmt "$serde_min")" \
        "$(fmt "$ratio")x" "$ge_lines lines" "$serde_lines lines" "${runs_ge}| ${runs_serde}"
done

[[ $DERIVES == 1 ]] || exit 0

# --- the derive crates themselves -------------------------------------------------------------

echo
# A scratch workspace whose members depend on serde_derive alone, on serde + derive, and on
# graph-entity, with the workspace's lock file.
scratch="$work/scratch"
mkdir -p "$scratch/serde-derive-only/src" "$scratch/serde-full/src" "$scratch/ge-full/src"
cat >"$scratch/Cargo.toml" <<'EOF'
[workspace]
members = ["serde-derive-only", "serde-full", "ge-full"]
resolver = "3"
EOF
cp "$root/Cargo.lock" "$scratch/Cargo.lock"
for pair in "serde-derive-only|serde_derive = \"1\"" \
    "serde-full|serde = { version = \"1\", features = [\"derive\"] }" \
    "ge-full|graph-entity = { path = \"$(realpath -m --relative-to="$scratch/ge-full" "$root/graph-entity")\" }"; do
    name=${pair%%|*}
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[dependencies]\n%s\n' \
        "$name" "${pair#*|}" >"$scratch/$name/Cargo.toml"
    touch "$scratch/$name/src/lib.rs"
done
cargo fetch --quiet --manifest-path "$scratch/Cargo.toml"

# Clean build of package $2 (and its dependencies) of workspace $1, in a fresh target directory.
clean_build_time() {
    local target="$work/clean-target" start end
    rm -rf "$target"
    start=$(now)
    CARGO_TARGET_DIR="$target" cargo build --quiet --manifest-path "$1" -p "$2"
    end=$(now)
    echo "$end - $start" | bc -l
}
deps() { # number of packages in the normal dependency tree of $2, the package itself excluded
    cargo tree --quiet --manifest-path "$1" -p "$2" -e normal --prefix none --no-dedupe |
        sed 's/ (\*)$//; s/ (proc-macro)$//' | sort -u | grep -vc "^$2 "
}

ge_derive=() serde_derive=() ge_full=() serde_full=()
for ((r = 0; r < REPEAT; r++)); do
    ge_derive+=("$(clean_build_time "$root/Cargo.toml" graph-entity-derive)")
    serde_derive+=("$(clean_build_time "$scratch/Cargo.toml" serde_derive)")
    ge_full+=("$(clean_build_time "$root/Cargo.toml" graph-entity)")
    serde_full+=("$(clean_build_time "$scratch/Cargo.toml" serde-full)")
done
rm -rf "$work/clean-target"
row() { # label, ge runs name, serde runs name, ge deps, serde deps
    local -n g=$2 s=$3
    local gm sm
    gm=$(min "${g[@]}")
    sm=$(min "${s[@]}")
    printf '%-34s %-10s %-10s %-7s %-12s %s\n' "$1" "$(fmt "$gm")" "$(fmt "$sm")" \
        "$(fmt "$(echo "$gm / $sm" | bc -l)")x" "$4 | $5" \
        "$(for t in "${g[@]}"; do fmt "$t"; echo -n ' '; done)| $(for t in "${s[@]}"; do fmt "$t"; echo -n ' '; done)"
}
printf '%-34s %-10s %-10s %-7s %-12s %s\n' "clean build, dev profile" "ge (s)" "serde (s)" ratio \
    "deps ge|serde" "all runs ge | serde (s)"
row "graph-entity-derive vs serde_derive" ge_derive serde_derive \
    "$(deps "$root/Cargo.toml" graph-entity-derive)" "$(deps "$scratch/Cargo.toml" serde_derive)"
row "graph-entity vs serde + derive" ge_full serde_full \
    "$(deps "$root/Cargo.toml" graph-entity)" "$(deps "$scratch/Cargo.toml" serde-full)"
