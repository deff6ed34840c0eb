//! What the inputs reach, for replaying a corpus: with `FUZZ_REACH` set in the environment,
//! each target prints, after each input, one line `REACH name name ...` naming what that input
//! read (nothing when it read nothing):
//!
//! - `root.entity`, `root.patch`: the input read as `Root` (level 1) or as its patch; then
//!   `.fixed` and `.middle` (level 2, a `Leaf` and a `Middle` value), `.middle.leaf` and
//!   `.middle.leaves[]` (level 3), each `Leaf` with `.set` (some property not null), `.level`,
//!   `.level.other` (a member `Level` does not declare, kept), `.when`; `.middle.strict`,
//!   `.middle.open` (a dynamic property of the open type), `.etag`, `.flags`, `.kept`.
//! - `<label>.error.<type>`: an error naming a property of that fuzz type (`of fuzz.leaf`).
//! - variants of a page's rows: `<label>.User`, `.Group`, `.DirectoryObject(base)`,
//!   `.DirectoryObject(other)` (a type the enum does not name, kept), and those of a group's
//!   `members` (`.Group.members[].User`); `page_rows` notes `<label>.control-character-one-byte-past`
//!   for an error whose position is the byte after `Page`'s.
//!
//! Without `FUZZ_REACH` every function here returns at once. Replay a corpus with
//! `FUZZ_REACH=1 cargo fuzz run <target> <dir> -- -runs=0` (see RELIABILITY.md).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::{Map, Value};

thread_local! {
    static SEEN: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// `FUZZ_REACH` is set.
pub fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| std::env::var_os("FUZZ_REACH").is_some())
}

/// Records `name` for the current input.
pub fn note(name: String) {
    if enabled() {
        SEEN.with(|seen| seen.borrow_mut().insert(name));
    }
}

/// Prints what the current input reached and forgets it (the end of each input).
pub fn flush() {
    if enabled() {
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            if !seen.is_empty() {
                let names: Vec<&str> = seen.iter().map(String::as_str).collect();
                eprintln!("REACH {}", names.join(" "));
                seen.clear();
            }
        });
    }
}

/// The types whose property errors are noted.
const TYPES: &[&str] = &[
    "fuzz.root",
    "fuzz.middle",
    "fuzz.leaf",
    "fuzz.level",
    "fuzz.strict",
    "fuzz.gizmo",
    "fuzz.user",
    "fuzz.group",
    "fuzz.directoryObject",
];

/// An error met reading `label` as `kind`: notes the fuzz types it names.
pub fn error(label: &str, kind: &str, message: &str) {
    if !enabled() {
        return;
    }
    for ty in TYPES {
        if message.contains(&format!(" of {ty}")) {
            note(format!("{label}.{kind}.error.{ty}"));
        }
    }
}

/// `label` read as `kind` and written as `json`: notes it, and for `Root` the levels it holds.
pub fn read(label: &str, kind: &str, json: &[u8]) {
    if !enabled() {
        return;
    }
    let prefix = format!("{label}.{kind}");
    note(prefix.clone());
    if label != "root" {
        return;
    }
    let Ok(Value::Object(root)) = serde_json::from_slice::<Value>(json) else {
        return;
    };
    root_levels(&prefix, &root);
}

fn root_levels(prefix: &str, root: &Map<String, Value>) {
    if root.get("@odata.etag").is_some_and(Value::is_string) {
        note(format!("{prefix}.etag"));
    }
    if root.get("flags").is_some_and(|f| !f.is_null()) {
        note(format!("{prefix}.flags"));
    }
    let known = [
        "@odata.type",
        "@odata.etag",
        "id",
        "middle",
        "fixed",
        "flags",
    ];
    if root.keys().any(|k| !known.contains(&k.as_str())) {
        note(format!("{prefix}.kept"));
    }
    if let Some(Value::Object(fixed)) = root.get("fixed") {
        leaf(&format!("{prefix}.fixed"), fixed);
    }
    let Some(Value::Object(middle)) = root.get("middle") else {
        return;
    };
    let prefix = format!("{prefix}.middle");
    note(prefix.clone());
    if middle.get("strict").is_some_and(|s| !s.is_null()) {
        note(format!("{prefix}.strict"));
    }
    let known = ["@odata.type", "leaf", "leaves", "strict"];
    if middle.keys().any(|k| !known.contains(&k.as_str())) {
        note(format!("{prefix}.open"));
    }
    if let Some(Value::Object(one)) = middle.get("leaf") {
        leaf(&format!("{prefix}.leaf"), one);
    }
    if let Some(Value::Array(leaves)) = middle.get("leaves") {
        for item in leaves {
            if let Value::Object(one) = item {
                leaf(&format!("{prefix}.leaves[]"), one);
            }
        }
    }
}

fn leaf(prefix: &str, leaf: &Map<String, Value>) {
    note(prefix.to_owned());
    let set = |name: &str| leaf.get(name).is_some_and(|v| !v.is_null());
    if set("name") || set("level") || set("when") {
        note(format!("{prefix}.set"));
    }
    if let Some(level) = leaf.get("level").filter(|v| !v.is_null()) {
        note(format!("{prefix}.level"));
        if level != "low" && level != "high" {
            note(format!("{prefix}.level.other"));
        }
    }
    if set("when") {
        note(format!("{prefix}.when"));
    }
}
