//! The derive never panics: malformed structs and attributes, produced by mutating valid inputs
//! token by token, give compile errors (or code), never a macro panic.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::str::FromStr;

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};

use crate::derive_tokens;

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
    r#"#[graph(odata_type = "ns.E")] enum E { A, B(u8) }"#,
    r#"#[graph(odata_type = "ns.U")] struct U(u8, String);"#,
    r#"struct Nothing;"#,
];

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

#[test]
fn derive_never_panics_on_mutated_inputs() {
    let mut tried = 0usize;
    let mut parsed_and_errored = 0usize;
    for base in BASES {
        let stream = TokenStream::from_str(base).expect("base input tokenizes");
        for target in 0..flatten(&stream) {
            let original = nth(&stream, target, &mut 0).expect("target is in range");
            for replacement in replacements(&original) {
                let input = mutate(&stream, target, &mut 0, &|_| replacement.clone());
                tried += 1;
                let output = catch_unwind(AssertUnwindSafe(|| derive_tokens(input.clone())))
                    .unwrap_or_else(|_| panic!("derive panicked on:\n{input}"));
                if output.to_string().contains("compile_error") {
                    parsed_and_errored += 1;
                }
            }
        }
    }
    println!("derive robustness: {tried} mutated inputs, {parsed_and_errored} gave compile errors");
    // The mutations must have exercised the error paths, not only produced valid inputs.
    assert!(tried > 1_000, "only {tried} inputs tried");
    assert!(
        parsed_and_errored > tried / 4,
        "{parsed_and_errored} of {tried} gave errors"
    );
}

#[test]
fn every_base_input_expands_without_panicking() {
    for base in BASES {
        let stream = TokenStream::from_str(base).expect("base input tokenizes");
        let output = derive_tokens(stream);
        assert!(!output.is_empty(), "no output for {base}");
    }
}
