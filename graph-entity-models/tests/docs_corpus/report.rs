//! The outcome of each body, and `CONFORMANCE.md`.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::classify::{Class, Side, Verdict};

pub enum Outcome {
    Passed,
    /// The type is no v1.0 entity or complex type: nothing to read it into.
    NoType,
    /// A stream or another service's body, not an OData JSON body: why.
    NotOData(String),
    /// The verdict, and the reader's error (or what writing back changed).
    Failed(Verdict, String),
}

impl Outcome {
    fn checked(&self) -> bool {
        matches!(self, Outcome::Passed | Outcome::Failed(..))
    }

    fn side(&self) -> Option<Side> {
        match self {
            Outcome::Failed(v, _) => Some(v.class.side()),
            _ => None,
        }
    }
}

struct Entry {
    page: String,
    method: String,
    which: &'static str,
    ty: String,
    outcome: Outcome,
}

#[derive(Default)]
pub struct Report {
    /// The v1.0 records read.
    records: usize,
    entries: Vec<Entry>,
}

/// How each class and row is decided: the report's introduction.
const RULES: &str = "\
How each body is counted (`classify.rs` holds the rules; `csdl.rs` reads the schema,
`graph-entity-models/csdl/v1.0.xml`, which decides every rule that blames the docs; the
reader's error only says which property, type and value to look up):

- **not checked: a stream or another service's body**: the record's URL is not Graph's (a body
  Graph sends to, or gets from, a third party's service), or the body's recorded `Content-Type`
  is not JSON (an image, a zip, MIME text), or, with no `Content-Type` recorded, the URL ends in
  `/$value` or `/content` (a media stream). Nothing there is an OData JSON body to read.
- **not checked: the type is no v1.0 entity or complex type**: the body's own `@odata.type`
  (when v1.0 has it), else the record's resource, names nothing v1.0 declares with a model. A
  resource is a qualified type name, never a docs page's name for a declared type
  (`security-ediscoverycase` for `microsoft.graph.security.ediscoveryCase`): a unit test holds
  the corpus to that.
- **passed**: read and written back with nothing lost or changed.
- **docs: body is not JSON**: it does not parse as JSON (trailing commas, quotes, placeholders),
  and our reader does not take it either.
- **docs: a single entity wrapped in `value`**: the body is `{\"value\": {...}}` (control
  information aside) and the type, which is not open, declares no property `value`: a
  collection's `value` is an array, a single entity is the object itself.
- **docs: placeholder value**, **docs: value the schema's type does not allow**: the reader
  refused a value, and the schema declares that property (on the type or a base) with a type
  that cannot hold it in the OData JSON format (an `Edm.DateTimeOffset` needs a date, a time and
  an offset; an `Edm.Boolean` is `true` or `false`; an enum, its members' names); a placeholder
  is a value such as `\"datetime-value\"`, `\"String\"` or `\"{id}\"`. An `@odata.type` that v1.0
  declares but that does not derive from the body's type is a wrong value too.
- **docs: property or type not in the schema**: a patch sets a member that neither the type nor
  a base declares (as a structural or a navigation property), on a type that is not open; or a
  body names an `@odata.type` that v1.0 does not declare.
- **ours (documented)**: a failure of ours by a choice listed below, confirmed by the schema
  (a `PATCH` of a property that the schema marks `Core.Computed` or `Core.Permissions` `Read`,
  inline or in an `Annotations` block, or of the key).
- **ours**: any other failure, among them each refusal that the schema does not confirm. The
  test fails when these are not exactly the known ones listed below.

The share that passes is of the bodies checked (those not counted as not checked).
";

impl Report {
    /// Notes that one more v1.0 record was read.
    pub fn record(&mut self) {
        self.records += 1;
    }

    pub fn push(
        &mut self,
        page: String,
        method: String,
        which: &'static str,
        ty: String,
        outcome: Outcome,
    ) {
        self.entries.push(Entry {
            page,
            method,
            which,
            ty,
            outcome,
        });
    }

    fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.entries.iter().filter(|e| f(&e.outcome)).count()
    }

    fn checked(&self) -> usize {
        self.count(Outcome::checked)
    }

    #[allow(clippy::cast_precision_loss)]
    pub fn pass_percent(&self) -> f64 {
        let passed = self.count(|o| matches!(o, Outcome::Passed));
        100.0 * passed as f64 / self.checked().max(1) as f64
    }

    /// The failures that are ours and no documented choice: the page, and one line about it.
    pub fn ours(&self) -> impl Iterator<Item = (&str, String)> + '_ {
        self.entries.iter().filter_map(|e| match &e.outcome {
            Outcome::Failed(v, reason) if v.class.side() == Side::Ours => Some((
                e.page.as_str(),
                format!(
                    "{} ({} {}, {}): {reason} [schema: {}]",
                    e.page, e.method, e.which, e.ty, v.schema
                ),
            )),
            _ => None,
        })
    }

    pub fn markdown(&self, floor: f64, known_ours: &[(&str, &str)]) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            "<!-- @generated by graph-entity-models/tests/docs_corpus (UPDATE_GENERATED=1); do not edit. -->\n\
             # Conformance: the Graph API reference's v1.0 examples through the generated models\n\n\
             `cargo test -p graph-entity-models --features full --test docs_corpus` reads every v1.0\n\
             request and response body of the API reference's examples\n\
             (`graph-entity-models/tests/fixtures/docs-examples.jsonl`: {} v1.0 records, {} bodies: each\n\
             request body, and each body of a 2xx response) through `graph-entity-models` and writes it\n\
             back: a `PATCH` body into the type's patch, any other body into the type (its `Any*` enum;\n\
             a `Page` for a collection). Nothing may be lost or changed on the way back (`@odata.type`\n\
             aside; a `null` member is a `None` and is not written back (`omit_none`); numbers are\n\
             compared by value; enum and flags members may come back in the schema's spelling and\n\
             order; a patch does not give back its body's top-level instance annotations, such as\n\
             `@odata.context`, which describe a response, not a change). The test fails if this file is not its report, if the failures that are ours\n\
             (documented choices aside) change, or if the share that passes drops below the floor.\n\n",
            self.records,
            self.entries.len()
        );
        out.push_str(RULES);
        self.summary(&mut out, floor);
        self.choices(&mut out);
        if !known_ours.is_empty() {
            out.push_str("\n## The failures that are ours\n\n");
            for (page, why) in known_ours {
                let _ = writeln!(out, "- `{page}`: {why}.");
            }
        }
        self.failures(&mut out);
        self.not_checked(&mut out);
        out
    }

    fn summary(&self, out: &mut String, floor: f64) {
        let passed = self.count(|o| matches!(o, Outcome::Passed));
        let side = |s: Side| self.count(|o| o.side() == Some(s));
        let no_type = self.count(|o| matches!(o, Outcome::NoType));
        let not_odata = self.count(|o| matches!(o, Outcome::NotOData(_)));
        let _ = writeln!(out, "\n| bodies | count |\n|---|---|");
        let _ = writeln!(out, "| checked | {} |", self.checked());
        let _ = writeln!(
            out,
            "| passed | {passed} ({:.1}%; floor {floor:.1}%) |",
            self.pass_percent()
        );
        let _ = writeln!(out, "| failed, the docs' fault | {} |", side(Side::Docs));
        let _ = writeln!(
            out,
            "| failed, ours by a documented choice | {} |",
            side(Side::Choice)
        );
        let _ = writeln!(out, "| failed, ours | {} |", side(Side::Ours));
        let _ = writeln!(
            out,
            "| not checked: the type is no v1.0 entity or complex type | {no_type} |"
        );
        let _ = writeln!(
            out,
            "| not checked: a stream or another service's body, not an OData JSON body | \
             {not_odata} |"
        );
    }

    fn by_class(&self) -> BTreeMap<Class, usize> {
        let mut classes: BTreeMap<Class, usize> = BTreeMap::new();
        for e in &self.entries {
            if let Outcome::Failed(v, _) = &e.outcome {
                *classes.entry(v.class).or_default() += 1;
            }
        }
        classes
    }

    fn choices(&self, out: &mut String) {
        let chosen: Vec<(Class, usize)> = self
            .by_class()
            .into_iter()
            .filter(|(class, _)| class.side() == Side::Choice)
            .collect();
        if chosen.is_empty() {
            return;
        }
        out.push_str("\n## Our documented choices\n\n");
        for (class, n) in chosen {
            let why = class.choice().unwrap_or("");
            let _ = writeln!(out, "- {} ({n} bodies): {why}.", class.label());
        }
    }

    fn failures(&self, out: &mut String) {
        let classes = self.by_class();
        if classes.is_empty() {
            return;
        }
        out.push_str("\n## Failures by cause\n\n| cause | bodies |\n|---|---|\n");
        for (class, n) in classes {
            let _ = writeln!(out, "| {} | {n} |", class.label());
        }
        out.push_str(
            "\n## Every failure\n\n| page | body | type | class | the schema | reason |\n\
             |---|---|---|---|---|---|\n",
        );
        for e in &self.entries {
            if let Outcome::Failed(v, reason) = &e.outcome {
                let _ = writeln!(
                    out,
                    "| {} | {} {} | `{}` | {} | {} | {} |",
                    e.page,
                    e.method,
                    e.which,
                    e.ty,
                    v.class.label(),
                    cell(&v.schema),
                    cell(reason)
                );
            }
        }
    }

    fn not_checked(&self, out: &mut String) {
        let streams: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| matches!(e.outcome, Outcome::NotOData(_)))
            .collect();
        let mut no_type: BTreeMap<&str, usize> = BTreeMap::new();
        for e in &self.entries {
            if matches!(e.outcome, Outcome::NoType) {
                *no_type.entry(e.ty.as_str()).or_default() += 1;
            }
        }
        if streams.is_empty() && no_type.is_empty() {
            return;
        }
        out.push_str("\n## Not checked\n");
        if !streams.is_empty() {
            out.push_str(
                "\nStreams and other services' bodies: no OData JSON body to read.\n\n\
                 | page | body | why |\n|---|---|---|\n",
            );
            for e in streams {
                if let Outcome::NotOData(why) = &e.outcome {
                    let _ = writeln!(out, "| {} | {} {} | {} |", e.page, e.method, e.which, why);
                }
            }
        }
        if !no_type.is_empty() {
            out.push_str(
                "\nBodies whose type v1.0 does not declare as an entity or complex type (beta\n\
                 or removed types, functions' results):\n\n| type | bodies |\n|---|---|\n",
            );
            for (ty, n) in no_type {
                let _ = writeln!(out, "| `{ty}` | {n} |");
            }
        }
    }
}

/// A reason as one table cell: no newlines or pipes, at most 300 characters.
fn cell(reason: &str) -> String {
    let flat = reason.replace('\n', " ").replace('|', "\\|");
    match flat.char_indices().nth(300) {
        Some((cut, _)) => format!("{}...", &flat[..cut]),
        None => flat,
    }
}

#[cfg(test)]
fn failed(class: Class) -> Outcome {
    Outcome::Failed(
        Verdict {
            class,
            schema: String::new(),
        },
        "error".to_owned(),
    )
}

#[test]
fn counts_and_sides() {
    let mut report = Report::default();
    for _ in 0..3 {
        report.record();
    }
    let outcomes = [
        Outcome::Passed,
        Outcome::Passed,
        Outcome::NoType,
        Outcome::NotOData("a stream".to_owned()),
        failed(Class::NotJson),
        failed(Class::PatchReadOnly),
        failed(Class::Ours),
    ];
    for (i, outcome) in outcomes.into_iter().enumerate() {
        let page = format!("p{i}.md");
        report.push(page, "GET".to_owned(), "response", "t".to_owned(), outcome);
    }
    assert_eq!(report.checked(), 5);
    assert!((report.pass_percent() - 40.0).abs() < 1e-9);
    // Only the unexpected failure is ours; the documented choice is not.
    let ours: Vec<&str> = report.ours().map(|(page, _)| page).collect();
    assert_eq!(ours, ["p6.md"]);
    let text = report.markdown(39.5, &[]);
    assert!(text.contains("3 v1.0 records, 7 bodies"));
    assert!(text.contains("| failed, the docs' fault | 1 |"));
    assert!(text.contains("| failed, ours by a documented choice | 1 |"));
    assert!(text.contains("| failed, ours | 1 |"));
    assert!(text.contains("| not checked: the type is no v1.0 entity or complex type | 1 |"));
    assert!(text.contains("not an OData JSON body | 1 |"));
    assert!(text.contains("## Our documented choices"));
    assert!(text.contains("| p3.md | GET response | a stream |"));
}
