//! Every v1.0 example of the Graph API reference (`tests/fixtures/docs-examples.jsonl`), read
//! through the generated models and written back.
//!
//! - A body that is no OData JSON body (a stream: `/$value`, a non-JSON `Content-Type`; or a
//!   body of another service than Graph) is not checked (see `classify::not_odata`).
//! - A `PATCH` request body is read into the type's patch; a `PUT` or `POST` body, and a
//!   successful response body, into the type (its `Any*` enum when it has derived types; a
//!   `Page` when the body is a collection). The type is the body's own `@odata.type` when v1.0
//!   has it, else the record's resource type; a type with no model is not checked.
//! - What was read is written back and compared with the body, member by member: nothing may
//!   be lost or changed. Numbers compare by value (`20` and `20.0` are one number), and
//!   `@odata.type` annotations are left out of the comparison (the models write the annotation
//!   of the type they hold and leave it out of nested values, as OData allows).
//! - A failure is the docs' when the body is not JSON, wraps a single entity in `value`, or the
//!   reader's error points at a placeholder, a value the schema's type cannot hold, or a
//!   property or type the schema does not declare: each rule asks the schema (`csdl.rs`) to
//!   confirm it (see `classify.rs`). A `PATCH` of a property the schema marks read-only, or of
//!   the key, is ours by a documented choice (the patch reader refuses it on purpose); any
//!   other failure is ours.
//!
//! The report is `CONFORMANCE.md` at the repository's root; the test fails when the committed
//! report differs from this run's (rerun with `UPDATE_GENERATED=1` to rewrite it), when the
//! failures that are ours, documented choices aside, are not exactly [`KNOWN_OURS`], or when the
//! share of checked bodies that pass drops below [`MIN_PASS_PERCENT`].
//!
//! Two more checks of the same types share this binary: [`engines`] (the corpus through two other
//! serde JSON engines) and [`actions`] (the API reference's action bodies). Everything here reads
//! and writes through erased-serde, `serde_json` included (its own deserializer and serializer
//! behind the erased ones: the same values, the same errors, positions included), so each type's
//! `Deserialize` and `Serialize` are compiled once for all three; as three binaries, each
//! compiled them again (BENCHMARKS.md, "The test step's slowest build").

#[path = "../actions/mod.rs"]
mod actions;
mod classify;
mod compare;
mod csdl;
#[path = "../engines/engine.rs"]
mod engine;
#[path = "../engines/mod.rs"]
mod engines;
mod records;
mod report;

use graph_entity::{Entity, Page};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::classify::{Class, Verdict};
use crate::records::{Kind, body};
use crate::report::{Outcome, Report};

/// The share of checked bodies that must pass. The run this was set from passed the share the
/// committed `CONFORMANCE.md` shows (90.6%: 627 of 692, with navigation properties and binds
/// generated; streams and other services' bodies are not checked, and a documented choice of
/// ours counts as a failure); the floor sits just below.
const MIN_PASS_PERCENT: f64 = 90.5;

/// The pages whose valid bodies the models cannot take, and why: a new one fails the test, and
/// so does one of these that starts to pass (remove it then). Failures by a documented choice
/// (`Class::choice`: a `PATCH` of a property the schema marks read-only) are not listed here.
const KNOWN_OURS: &[(&str, &str)] = &[];

/// Reads `text` as the type named `name` (`kind` says which form) and writes it back.
type Check = fn(&str, Kind, &str) -> Result<Value, String>;

#[cfg_attr(
    not(feature = "common"),
    allow(dead_code, reason = "no area enabled, no type")
)]
fn round_trip<T: Serialize + DeserializeOwned>(text: &str) -> Result<Value, String> {
    let value: T = engine::read_json(text)?;
    to_value(&value).map_err(|e| format!("writing back: {e}"))
}

/// `serde_json::to_value`, through erased-serde (the module docs say why).
fn to_value<T: Serialize>(value: &T) -> serde_json::Result<Value> {
    serde_json::to_value(value as &dyn erased_serde::Serialize)
}

#[cfg_attr(
    not(feature = "common"),
    allow(dead_code, reason = "no area enabled, no type")
)]
fn check<E, P, R>(name: &str, kind: Kind, text: &str) -> Result<Value, String>
where
    E: Entity<Patch = P>,
    P: Serialize + DeserializeOwned,
    R: Serialize + DeserializeOwned,
{
    // The dispatch table maps each CSDL name to the type that says it is that name.
    assert_eq!(
        E::ODATA_TYPE,
        name,
        "types.rs maps `{name}` to another type"
    );
    match kind {
        Kind::Patch => round_trip::<P>(text),
        Kind::Value => {
            if records::is_page(text) {
                round_trip::<Page<R>>(text)
            } else {
                round_trip::<R>(text)
            }
        }
    }
}

macro_rules! corpus_types {
    ($(#[$cfg:meta] $name:literal => $($e:ident)::+, $($p:ident)::+, $($r:ident)::+;)*) => {
        fn checker(name: &str) -> Option<Check> {
            #[allow(unused_imports, reason = "no area enabled, no type")]
            use graph_entity_models as m;
            match name {
                $(#[$cfg] $name => Some(check::<m::$($e)::+, m::$($p)::+, m::$($r)::+> as Check),)*
                _ => None,
            }
        }
    };
}

include!("types.rs");

fn run_body(record: &Value, which: &'static str, kind: Kind, report: &mut Report) {
    let Some(found) = body(record, which) else {
        return;
    };
    let ty = records::type_of(record, found.as_ref().ok().copied(), |t| {
        checker(t).is_some()
    });
    let page = record["page"].as_str().unwrap_or("?").to_owned();
    let method = record["method"].as_str().unwrap_or("?").to_owned();
    if let Some(why) = classify::not_odata(record, which) {
        report.push(page, method, which, ty, Outcome::NotOData(why));
        return;
    }
    let Some(check) = checker(&ty) else {
        report.push(page, method, which, ty, Outcome::NoType);
        return;
    };
    let outcome = match found {
        Err((raw, reason)) => match check(&ty, kind, &raw) {
            // A lenient reader might take it; ours does not, nor does Graph.
            Ok(_) => Outcome::Passed,
            Err(error) => Outcome::Failed(
                Verdict {
                    class: Class::NotJson,
                    schema: "not consulted: the body does not parse".to_owned(),
                },
                format!("the body is not JSON ({reason}): {error}"),
            ),
        },
        Ok(value) => match classify::wrapped_in_value(value, &ty) {
            Some(verdict) => {
                let inside = match check(&ty, kind, &value["value"].to_string()) {
                    Ok(_) => "the entity inside reads".to_owned(),
                    Err(error) => format!("the entity inside does not read either: {error}"),
                };
                Outcome::Failed(verdict, format!("`{{\"value\": {{...}}}}`: {inside}"))
            }
            None => read_back(&ty, kind, check, value),
        },
    };
    report.push(page, method, which, ty, outcome);
}

/// Reads a JSON body as `ty`, writes it back and compares.
fn read_back(ty: &str, kind: Kind, check: Check, value: &Value) -> Outcome {
    match check(ty, kind, &value.to_string()) {
        Ok(written) => match compare::differences(&compare::sent(value, kind), &written).first() {
            None => Outcome::Passed,
            Some(first) => Outcome::Failed(
                Verdict {
                    class: Class::Ours,
                    schema: "not consulted: the body reads".to_owned(),
                },
                format!("written back: {first}"),
            ),
        },
        Err(error) => Outcome::Failed(classify::read_error(&error), error),
    }
}

/// What changed, when the pages with failures that are ours (documented choices aside) are not
/// exactly the `known` ones.
fn ours_changed(report: &Report, known: &[(&str, &str)]) -> Option<String> {
    let ours: std::collections::BTreeSet<&str> = report.ours().map(|(page, _)| page).collect();
    let known: std::collections::BTreeSet<&str> = known.iter().map(|(page, _)| *page).collect();
    (ours != known).then(|| {
        let lines: Vec<String> = report.ours().map(|(_, line)| line).collect();
        format!(
            "the failures that are ours changed: now {ours:?}, known {known:?}:\n{}",
            lines.join("\n")
        )
    })
}

#[test]
fn a_new_failure_of_ours_fails_and_a_documented_choice_does_not() {
    let failed = |class: Class| {
        let verdict = Verdict {
            class,
            schema: String::new(),
        };
        Outcome::Failed(verdict, "error".to_owned())
    };
    let push = |report: &mut Report, page: &str, outcome: Outcome| {
        let (method, ty) = ("PATCH".to_owned(), "t".to_owned());
        report.push(page.to_owned(), method, "request", ty, outcome);
    };
    let known: &[(&str, &str)] = &[("known.md", "why")];
    let mut report = Report::default();
    push(&mut report, "known.md", failed(Class::Ours));
    push(&mut report, "readonly.md", failed(Class::PatchReadOnly));
    push(&mut report, "docs.md", failed(Class::NotJson));
    assert_eq!(ours_changed(&report, known), None);
    push(&mut report, "new.md", failed(Class::Ours));
    let changed = ours_changed(&report, known).expect("a new failure of ours");
    assert!(changed.contains("new.md"), "{changed}");
    // A known one that passes now must leave the list too.
    assert!(ours_changed(&Report::default(), known).is_some());
}

// The table and the code around it compile with any set of areas (so that they are linted with
// one), but the report counts every area: the test runs with `full` only.
#[test]
#[cfg_attr(
    not(feature = "full"),
    ignore = "the corpus covers every area: run with --features full"
)]
fn every_v1_example_reads_and_writes_back() {
    let mut report = Report::default();
    for record in records::v1_records() {
        report.record();
        for (which, kind) in records::bodies(&record) {
            run_body(&record, which, kind, &mut report);
        }
    }

    let text = report.markdown(MIN_PASS_PERCENT, KNOWN_OURS);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../CONFORMANCE.md");
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(path, &text).expect("writes CONFORMANCE.md");
    }
    if let Some(changed) = ours_changed(&report, KNOWN_OURS) {
        panic!("{changed}");
    }
    let share = report.pass_percent();
    assert!(
        share >= MIN_PASS_PERCENT,
        "only {share:.1}% of the bodies pass (at least {MIN_PASS_PERCENT}%); see CONFORMANCE.md"
    );
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == text,
        "CONFORMANCE.md is not this run's report; rerun with UPDATE_GENERATED=1 and commit it"
    );
}

/// Every v1.0 record's resource is a qualified name of a type v1.0 declares, or a name v1.0 has
/// under no spelling (a beta or removed type): never a resource page's name taken for the type
/// (`microsoft.graph.security-ediscoverycase` for `microsoft.graph.security.ediscoveryCase`),
/// which would leave the record's bodies unchecked and its type out of `types.rs` (which
/// `tests/fresh.rs` makes from the resources).
#[test]
fn record_resources_name_the_declared_types() {
    let schema = csdl::schema();
    for record in records::v1_records() {
        let resource = record["resource"].as_str().unwrap_or("");
        if schema.get(resource).is_some() {
            continue;
        }
        assert_eq!(
            csdl::type_of_page(resource),
            None,
            "{}: the resource `{resource}` is a page name for a declared type",
            record["page"]
        );
    }
}
