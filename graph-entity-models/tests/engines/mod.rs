//! Every body of the docs corpus (`tests/fixtures/docs-examples.jsonl`) that `docs_corpus` reads
//! into a generated type, read and written through sonic-rs and simd-json as well, and compared
//! with `serde_json`: each engine must read the value `serde_json` reads (`PartialEq`: polymorphic
//! enums, `additional_data`, open types, nested patches and pages alike), write the JSON
//! `serde_json` writes of it (compared as `serde_json::Value`), and refuse the bodies `serde_json`
//! refuses (a body that is not JSON, a value the type cannot hold). The generated impls use only
//! serde's data model, so any serde JSON engine gives `serde_json`'s values.
//!
//! The bodies, and the type each is read as (its patch for a `PATCH`; a `Page` for a
//! collection), are `docs_corpus`'s (`../docs_corpus/records.rs`, and its dispatch table
//! `../docs_corpus/types.rs`); every body with a model is compared, streams and non-JSON text
//! included (`serde_json` refuses them: so must the engines). It compiles and runs with any set of
//! areas, comparing the bodies of the types they enable (all with `full`). It prints each
//! engine's counts (`--nocapture`) and fails listing every difference.

// The types these bodies are read as are in the three areas.
#[cfg(all(feature = "mail", feature = "calendar", feature = "users"))]
mod edges;

use std::fmt::Debug;

use graph_entity::Page;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::engine::{self, Tally};
use crate::records::{self, Kind};

/// Compares every engine's reading of `text` (as the type `kind` says) with `serde_json`'s.
type Check = fn(&mut [Tally; 2], &str, Kind, &str);

#[cfg_attr(
    not(feature = "common"),
    allow(dead_code, reason = "no area enabled, no type")
)]
fn check<P, R>(tallies: &mut [Tally; 2], place: &str, kind: Kind, text: &str)
where
    P: Serialize + DeserializeOwned + PartialEq + Debug,
    R: Serialize + DeserializeOwned + PartialEq + Debug,
{
    match kind {
        Kind::Patch => Tally::check::<P>(tallies, place, text),
        Kind::Value if records::is_page(text) => Tally::check::<Page<R>>(tallies, place, text),
        Kind::Value => Tally::check::<R>(tallies, place, text),
    }
}

// `docs_corpus`'s table (CSDL name => type, patch, what a body reads as), read by this test's
// own macro: the patch and the body's type are all it needs.
macro_rules! corpus_types {
    ($(#[$cfg:meta] $name:literal => $($e:ident)::+, $($p:ident)::+, $($r:ident)::+;)*) => {
        fn checker(name: &str) -> Option<Check> {
            #[allow(unused_imports, reason = "no area enabled, no type")]
            use graph_entity_models as m;
            match name {
                $(#[$cfg] $name => Some(check::<m::$($p)::+, m::$($r)::+> as Check),)*
                _ => None,
            }
        }
    };
}

include!("../docs_corpus/types.rs");

#[test]
fn every_corpus_body_reads_and_writes_as_serde_json_does() {
    let mut tallies = Tally::all();
    for record in records::v1_records() {
        for (which, kind) in records::bodies(&record) {
            let Some(found) = records::body(&record, which) else {
                continue;
            };
            let parsed = found.as_ref().ok().copied();
            let ty = records::type_of(&record, parsed, |t| checker(t).is_some());
            let Some(check) = checker(&ty) else {
                continue;
            };
            let text = match found {
                Ok(value) => value.to_string(),
                Err((raw, _)) => raw,
            };
            let place = format!("{} {which} ({ty})", record["page"].as_str().unwrap_or("?"));
            check(&mut tallies, &place, kind, &text);
        }
    }
    engine::assert_differences(&tallies, &[]);
    // With every area on, the dispatch reaches the whole corpus: a table or record format that
    // stopped matching would check nothing, and pass.
    #[cfg(feature = "full")]
    for tally in &tallies {
        assert!(
            tally.read >= MIN_READ,
            "{tally}: fewer than {MIN_READ} read"
        );
    }
}

/// The bodies `serde_json` reads into their types with every area on (`full`); the run this was
/// set from read more.
#[cfg(feature = "full")]
const MIN_READ: usize = 600;
