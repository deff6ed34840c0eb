#!/usr/bin/env python3
"""Writes ../src/experiments.rs: verbatim copies of the code `#[derive(GraphEntity)]` generates
for `Wide` and `Office365ServicesUserCounts` (the entity's and the patch's `Deserialize`, and
`Entity::apply`), next to variants that each try one change proposed in BENCHMARKS.md, so that
the effect of a change is measured against a copy compiled under the same conditions.

Usage: python3 benches/tools/gen_experiments.py BENCHES_EXPANDED.rs GRAPH_ENTITY_EXPANDED.rs
where the files are the expansions of the benches' library and of graph-entity:
    RUSTC_BOOTSTRAP=1 cargo rustc -q -p graph-entity-benches --lib --release -- -Zunpretty=expanded
    RUSTC_BOOTSTRAP=1 cargo rustc -q -p graph-entity --lib --release -- -Zunpretty=expanded
then `rustfmt --edition 2024 benches/src/experiments.rs`.
"""
import os
import re
import sys


def matching(text, open_index):
    """Index just past the brace matching the `{` at `open_index`."""
    depth = 0
    for j in range(open_index, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return j + 1
    raise ValueError("unbalanced braces")


def pattern(marker):
    """`marker` as a regex in which any whitespace matches any whitespace (the pretty printer
    breaks long lines)."""
    return r"\s+".join(re.escape(word) for word in marker.split())


def block(src, start_marker, from_index=0):
    """The text from the line holding `start_marker` through its matching closing brace."""
    i = re.compile(pattern(start_marker)).search(src, from_index).start()
    i = src.rindex("\n", 0, i) + 1
    end = matching(src, src.index("{", i))
    return src[i:end], end


def newtype_de(text, target, name):
    """A `Deserialize` impl for `target`, rewritten for the newtype `name(target)`."""
    text = re.sub(pattern(f"for {target} {{"), f"for {name} {{", text, count=1)
    text = re.sub(pattern(f"type Value = {target};"), f"type Value = {name};", text)
    m = re.compile(pattern(f"::core::result::Result::Ok({target} {{")).search(text)
    end = matching(text, m.end() - 1)
    assert text[end] == ")", text[end : end + 10]
    return text[: m.start()] + f"::core::result::Result::Ok({name}({target} " + text[m.end() - 1 : end] + ")" + text[end:]


def not_inlined(text):
    """`visit_map` without `#[inline]`."""
    return re.sub(r"#\[inline\]\s*fn visit_map", "fn visit_map", text)


def plain(text):
    """`Property<T>` seeds replaced by serde's plain `PhantomData<T>`."""
    return re.sub(
        r'__ge::Property::<(.*?)>::new\("[^"]*",\s*"[^"]*"\)',
        r"::core::marker::PhantomData::<\1>",
        text,
        flags=re.S,
    )


def entity_module(src, entity, module, entity_path, patch_path):
    patch = entity + "Patch"
    anchor = re.compile(pattern(f"impl ::core::cmp::PartialEq for {patch} {{")).search(src).start()
    parts = []
    end = anchor
    for marker in [
        "enum __Field {",
        "struct __FieldSeed {",
        "impl<'__de> __ge::serde::de::DeserializeSeed<'__de> for",
        "impl<'__de> __ge::serde::de::Visitor<'__de> for __FieldSeed {",
    ]:
        text, end = block(src, marker, end)
        parts.append(text)
    patchable = src[src.index("const __PATCHABLE", anchor) :]
    parts.append(patchable[: patchable.index(";") + 1])
    entity_de, _ = block(src, f"impl<'__de> __ge::serde::Deserialize<'__de> for {entity} {{", anchor)
    patch_de, _ = block(src, f"impl<'__de> __ge::serde::Deserialize<'__de> for {patch} {{", anchor)
    variants = [
        ("EntityCurrent", entity, "the entity's `Deserialize`, verbatim", newtype_de(entity_de, entity, "EntityCurrent")),
        ("EntityNoInline", entity, "the entity's `Deserialize` without `#[inline]` on `visit_map`",
         not_inlined(newtype_de(entity_de, entity, "EntityNoInline"))),
        ("PatchCurrent", patch, "the patch's `Deserialize`, verbatim", newtype_de(patch_de, patch, "PatchCurrent")),
        ("PatchNoInline", patch, "the patch's `Deserialize` without `#[inline]` on `visit_map`",
         not_inlined(newtype_de(patch_de, patch, "PatchNoInline"))),
        ("PatchPlain", patch,
         "the patch's `Deserialize` with serde's `PhantomData<T>` seeds instead of `Property<T>` (no "
         "error context, no integers as strings): what the property wrapper costs",
         plain(newtype_de(patch_de, patch, "PatchPlain"))),
    ]
    out = [
        f"/// Copies of the `Deserialize` impls generated for `{entity}`, as newtypes.",
        f"pub mod {module} {{",
        "    use graph_entity::__private as __ge;",
        "    #[allow(unused_imports)]",
        "    use graph_entity::edm::Date;",
        f"    use {entity_path};",
        f"    use {patch_path};",
        "",
    ] + parts
    for name, target, doc, text in variants:
        out += ["", f"/// {doc}", "#[derive(Debug, PartialEq)]", f"pub struct {name}(pub {target});", "", text]
    out += ["}", ""]

    # Entity::apply: verbatim, and with field access on the patch instead of destructuring.
    entity_impl, _ = block(src, f"impl ::graph_entity::Entity for {entity} {{", anchor)
    apply = entity_impl[entity_impl.index("fn apply(") :]
    apply = apply[: apply.index("fn diff(")].rstrip()
    fields = re.findall(r"^\s*(\w+),?\s*$", apply[: apply.index("} = __patch;")], flags=re.M)
    current = re.sub(
        pattern("fn apply(&mut self, __patch: Self::Patch)"),
        f"pub fn current(this: &mut {entity}, __patch: {patch})",
        apply,
    )
    current = re.sub(r"\bself\.", "this.", current)
    body = "\n".join(
        f"    if let ::core::option::Option::Some(__value) = __patch.{f} {{ this.{f} = __value; }}"
        for f in fields
    )
    out += [
        f"/// `Entity::apply` of `{entity}`: verbatim, and with one change.",
        f"pub mod {module}_apply {{",
        f"    use {entity_path};",
        f"    use {patch_path};",
        "",
        "    /// The generated code, verbatim (destructures the patch, then one `if let` per field).",
        "    #[inline(never)]",
        "    " + current,
        "",
        "    /// Field access on the patch (`if let Some(v) = patch.f`) instead of destructuring it.",
        "    #[inline(never)]",
        f"    pub fn field_access(this: &mut {entity}, __patch: {patch}) {{",
        body,
        "    }",
        "}",
        "",
    ]
    return out


benches_src = open(sys.argv[1]).read()
graph_entity_src = open(sys.argv[2]).read()
out = [
    "//! Verbatim copies of the code `#[derive(GraphEntity)]` generates, next to variants that each",
    "//! try one change proposed in BENCHMARKS.md (measured by `benches/callgrind.rs` and",
    "//! `benches/paired.rs`). Generated by `benches/tools/gen_experiments.py` from the",
    "//! expansions of this crate and of graph-entity; do not edit.",
    "#![allow(",
    "    non_camel_case_types,",
    "    unused_qualifications,",
    "    clippy::all,",
    "    clippy::pedantic,",
    "    missing_docs",
    ")]",
    "",
]
out += entity_module(benches_src, "Wide", "wide", "crate::wide::Wide", "crate::wide::WidePatch")
out += entity_module(
    graph_entity_src,
    "Office365ServicesUserCounts",
    "office",
    "graph_entity::models::Office365ServicesUserCounts",
    "graph_entity::models::Office365ServicesUserCountsPatch",
)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "experiments.rs")
open(path, "w").write("\n".join(out) + "\n")
