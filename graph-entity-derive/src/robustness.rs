//! The derive never panics: malformed structs and attributes, produced by mutating valid inputs
//! token by token, give compile errors (or code), never a macro panic; both derives,
//! `GraphEntity` and `GraphEnum`, on the inputs written for either.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use syn::DeriveInput;

use crate::{derive_enum, derive_tokens};

/// Valid `#[derive(GraphEntity)]` inputs, between them every struct, field and attribute form.
const BASES: &[&str] = &[
    r#"#[graph(odata_type = "microsoft.graph.office365ServicesUserCounts")]
       pub struct Counts { #[graph(key)] pub id: Option<String>, pub exchange_active: Option<i64> }"#,
    r#"#[graph(odata_type = "ns.T", rename_all = "PascalCase", crate = "::graph_entity")]
       struct T<'a, X: Clone> where X: Default {
           #[graph(read_only)] a: Cow<'a, str>,
           #[graph(rename = "bee", csv = "Bee")] b: X,
           #[graph(skip)] c: u8,
           #[graph(default)] d: Vec<i64>,
           #[cfg(feature = "x")] #[doc = "e"] e: core::option::Option<X>,
       }"#,
    r#"#[graph(odata_type = "ns.T", patch = "TUpdate", patch_derive(Eq, Hash))]
       #[graph(rename_all = "snake_case")]
       pub(crate) struct T { #[graph(key, rename = "id")] r#type: String }"#,
    r#"#[graph(odata_type = "microsoft.graph.event", open_type)]
       pub struct Event {
           #[graph(key)] pub id: String,
           #[graph(etag)] pub etag: Option<String>,
           #[graph(nested)] pub end: DateTimeTimeZone,
           #[graph(nested)] pub boxed: Box<Zone>,
           #[graph(nested)] pub start: Option<DateTimeTimeZone>,
           #[graph(nested)] pub deep: core::option::Option<Box<Zone>>,
           #[graph(nested, default)] pub history: Vec<Zone>,
           #[graph(nested, rename = "zoneList")] pub zones: Option<std::vec::Vec<Zone>>,
           pub importance: Option<Importance>,
           pub channels: Flags<Channel>,
           #[graph(additional_data)] pub additional_data: graph_entity::AdditionalData,
       }"#,
    r#"#[graph(odata_type = "ns.List", omit_odata_type, patch = "ListUpdate")]
       struct List<Z: Clone> {
           #[graph(key)] id: String,
           #[graph(etag)] version: Option<String>,
           #[graph(nested)] zone: Option<Z>,
           #[graph(additional_data)] rest: AdditionalData,
       }"#,
];

/// Valid `#[derive(GraphEnum)]` inputs.
const ENUM_BASES: &[&str] = &[
    r#"#[graph(odata_type = "microsoft.graph.importance", rename_all = "PascalCase")]
       pub enum Importance {
           Low,
           #[graph(default)] Normal,
           #[graph(rename = "urgent")] High,
           #[graph(other)] Other(String),
       }"#,
    r#"#[graph(odata_type = "ns.E", crate = "::graph_entity")] enum E { A, #[graph(default)] B }"#,
];

/// Inputs neither derive accepts.
const INVALID_BASES: &[&str] = &[
    r#"#[graph(odata_type = "ns.E")] enum E { A, B(u8) }"#,
    r#"#[graph(odata_type = "ns.U")] struct U(u8, String);"#,
    r"struct Nothing;",
];

/// What `#[derive(GraphEnum)]` calls, on token streams (the counterpart of `derive_tokens`).
fn derive_enum_tokens(input: TokenStream) -> TokenStream {
    match syn::parse2::<DeriveInput>(input) {
        Ok(input) => derive_enum(&input),
        Err(error) => error.to_compile_error(),
    }
}

/// A derive on token streams.
type Derive = fn(TokenStream) -> TokenStream;

/// Both derives, by name, for the messages.
const DERIVES: &[(&str, Derive)] = &[
    ("GraphEntity", derive_tokens),
    ("GraphEnum", derive_enum_tokens),
];

fn is_error(output: &TokenStream) -> bool {
    output.to_string().contains("compile_error")
}

/// Literals and identifiers that attributes could plausibly be mistyped into.
const LITERALS: &[&str] = &[
    r#""""#,
    r##""#ns.T""##,
    r#""a b""#,
    "5",
    r#""@odata.etag""#,
    r#""ns.""#,
    r#""Option""#,
];
const IDENTS: &[&str] = &[
    "key",
    "skip",
    "rename",
    "crate",
    "graph",
    "odata_type",
    "Option",
    "struct",
    "csv",
    "nested",
    "additional_data",
    "etag",
    "open_type",
    "omit_odata_type",
    "omit_none",
    "navigation",
    "bind",
    "other",
    "default",
    "Box",
    "Vec",
];

fn flatten(stream: &TokenStream) -> usize {
    stream
        .clone()
        .into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => 1 + flatten(&g.stream()),
            _ => 1,
        })
        .sum()
}

/// The `target`-th token of `stream`, depth first.
fn nth(stream: &TokenStream, target: usize, counter: &mut usize) -> Option<TokenTree> {
    for token in stream.clone() {
        if *counter == target {
            return Some(token);
        }
        *counter += 1;
        if let TokenTree::Group(g) = &token {
            if let Some(found) = nth(&g.stream(), target, counter) {
                return Some(found);
            }
        }
    }
    None
}

/// A copy of `stream` where the `target`-th token (depth first) is replaced by `with(token)`.
fn mutate(
    stream: &TokenStream,
    target: usize,
    counter: &mut usize,
    with: &dyn Fn(&TokenTree) -> Vec<TokenTree>,
) -> TokenStream {
    let mut out = Vec::new();
    for token in stream.clone() {
        let here = *counter;
        *counter += 1;
        if here == target {
            out.extend(with(&token));
            continue;
        }
        match token {
            TokenTree::Group(g) => {
                let inner = mutate(&g.stream(), target, counter, with);
                out.push(TokenTree::Group(Group::new(g.delimiter(), inner)));
            }
            other => out.push(other),
        }
    }
    out.into_iter().collect()
}

fn replacements(token: &TokenTree) -> Vec<Vec<TokenTree>> {
    let mut all = vec![Vec::new(), vec![token.clone(), token.clone()]];
    match token {
        TokenTree::Literal(_) => all.extend(LITERALS.iter().map(|l| {
            vec![TokenTree::Literal(
                Literal::from_str(l).expect("valid literal"),
            )]
        })),
        TokenTree::Ident(_) => all.extend(
            IDENTS
                .iter()
                .map(|i| vec![TokenTree::Ident(Ident::new(i, Span::call_site()))]),
        ),
        TokenTree::Group(g) => {
            all.push(vec![TokenTree::Group(Group::new(
                Delimiter::Bracket,
                g.stream(),
            ))]);
            all.push(vec![TokenTree::Group(Group::new(
                g.delimiter(),
                TokenStream::new(),
            ))]);
        }
        TokenTree::Punct(_) => {}
    }
    all
}

/// Every mutation of every input in `bases` through `derive`: (inputs tried, inputs that gave
/// a compile error). Panics, naming the input, if the derive panics.
fn mutate_all(name: &str, derive: Derive, bases: &[&[&str]]) -> (usize, usize) {
    let mut tried = 0usize;
    let mut errored = 0usize;
    for base in bases.iter().flat_map(|list| list.iter()) {
        let stream = TokenStream::from_str(base).expect("base input tokenizes");
        for target in 0..flatten(&stream) {
            let original = nth(&stream, target, &mut 0).expect("target is in range");
            for replacement in replacements(&original) {
                let input = mutate(&stream, target, &mut 0, &|_| replacement.clone());
                tried += 1;
                let output = catch_unwind(AssertUnwindSafe(|| derive(input.clone())))
                    .unwrap_or_else(|_| panic!("{name} panicked on:\n{input}"));
                if is_error(&output) {
                    errored += 1;
                }
            }
        }
    }
    (tried, errored)
}

#[test]
fn derive_never_panics_on_mutated_inputs() {
    // (derive, its own valid inputs, the other derive's, how many mutations at least)
    let runs = [
        (
            "GraphEntity",
            derive_tokens as Derive,
            BASES,
            ENUM_BASES,
            1_000,
        ),
        (
            "GraphEnum",
            derive_enum_tokens as Derive,
            ENUM_BASES,
            BASES,
            400,
        ),
    ];
    for (name, derive, own, other, at_least) in runs {
        let (tried, errored) = mutate_all(name, derive, &[own, INVALID_BASES]);
        println!("{name} robustness: {tried} mutated inputs, {errored} gave compile errors");
        // The mutations must have exercised the error paths and the expansion paths alike, not
        // only produced valid inputs or only broken ones.
        assert!(tried > at_least, "{name}: only {tried} inputs tried");
        assert!(
            errored > tried / 4,
            "{name}: {errored} of {tried} gave errors"
        );
        let expanded = tried - errored;
        assert!(
            expanded > tried / 10,
            "{name}: only {expanded} of {tried} expanded"
        );
        // Inputs written for the other derive: only that it does not panic.
        mutate_all(name, derive, &[other]);
    }
}

#[test]
fn every_base_input_expands_without_panicking() {
    for (name, derive) in DERIVES {
        for base in BASES.iter().chain(ENUM_BASES).chain(INVALID_BASES) {
            let output = derive(TokenStream::from_str(base).expect("base input tokenizes"));
            assert!(!output.is_empty(), "{name}: no output for {base}");
        }
    }
}

#[test]
fn valid_bases_expand_without_errors_and_others_do_not() {
    for (name, derive, valid) in [
        ("GraphEntity", DERIVES[0].1, BASES),
        ("GraphEnum", DERIVES[1].1, ENUM_BASES),
    ] {
        for base in BASES.iter().chain(ENUM_BASES).chain(INVALID_BASES) {
            let output = derive(TokenStream::from_str(base).expect("base input tokenizes"));
            assert_eq!(
                is_error(&output),
                !valid.contains(base),
                "{name} on {base}:\n{output}"
            );
        }
    }
}

#[test]
fn special_attribute_beside_a_plain_flag_is_an_error() {
    for (field, message) in [
        (
            "#[graph(key, skip)] id: String",
            "`skip` and `key` on one field: a skipped field is not on the wire at all; remove \
             one of them",
        ),
        (
            "#[graph(etag, key)] id: Option<String>",
            "`etag` and `key` on one field: an etag field holds `@odata.etag`, not a property; \
             remove one of them",
        ),
        (
            "#[graph(additional_data, nested)] rest: AdditionalData",
            "`additional_data` and `nested` on one field: an `additional_data` field holds the \
             undeclared members, not a property; remove one of them",
        ),
    ] {
        let input = format!(r#"#[graph(odata_type = "ns.T")] struct T {{ {field} }}"#);
        let output = derive_tokens(TokenStream::from_str(&input).expect("input tokenizes"));
        assert!(output.to_string().contains(message), "{field}:\n{output}");
    }
}

#[test]
fn etag_of_an_option_other_than_string_is_an_error() {
    let input = r#"#[graph(odata_type = "ns.T")] struct T { #[graph(etag)] etag: Option<u32> }"#;
    let output = derive_tokens(TokenStream::from_str(input).expect("input tokenizes"));
    assert!(
        output.to_string().contains(
            "`#[graph(etag)]` needs a field of type `Option<String>` (`@odata.etag` may be absent)"
        ),
        "{output}"
    );
}
