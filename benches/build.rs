//! Writes `$OUT_DIR/wide.rs`, included by `src/wide.rs`: the 60-field `Wide` entity, its serde
//! twin, the twin's patch, the struct-patch patch, conversions between them, and deterministic
//! samples. Generated rather than written out because the same 60 fields appear in eight items;
//! generated at build time because STYLE.md commits no generated file but codegen output.

use std::env;
use std::fs;
use std::path::PathBuf;

/// `(field, kind)`; kinds: `S` String, `I` i64, `B` bool, `D` Date, `V` Vec<String>; a leading
/// `O` makes it `Option<...>` (a nullable property). The first field is the key.
const FIELDS: [(&str, &str); 60] = [
    ("id", "S"),
    ("display_name", "S"),
    ("given_name", "OS"),
    ("surname", "OS"),
    ("mail", "OS"),
    ("user_principal_name", "S"),
    ("account_enabled", "B"),
    ("mailbox_quota", "I"),
    ("storage_used", "OI"),
    ("birthday", "OD"),
    ("business_phones", "V"),
    ("job_title", "OS"),
    ("department", "OS"),
    ("employee_hire_date", "D"),
    ("sign_in_count", "I"),
    ("failed_sign_in_count", "OI"),
    ("is_resource_account", "OB"),
    ("office_location", "OS"),
    ("preferred_language", "S"),
    ("proxy_addresses", "V"),
    ("license_count", "I"),
    ("group_count", "OI"),
    ("show_in_address_list", "B"),
    ("usage_location", "S"),
    ("other_mails", "OV"),
    ("last_password_change", "OD"),
    ("message_count", "I"),
    ("meeting_count", "OI"),
    ("external_user_state", "OS"),
    ("mobile_phone", "OS"),
    ("on_premises_sync_enabled", "OB"),
    ("city", "S"),
    ("country", "S"),
    ("file_count", "I"),
    ("site_count", "OI"),
    ("interests", "V"),
    ("password_never_expires", "B"),
    ("report_date", "D"),
    ("deleted_item_count", "I"),
    ("archived_item_count", "OI"),
    ("skills", "OV"),
    ("street_address", "S"),
    ("postal_code", "S"),
    ("is_licensed", "OB"),
    ("teams_call_count", "I"),
    ("teams_chat_count", "OI"),
    ("schools", "V"),
    ("has_mailbox", "B"),
    ("created_date", "D"),
    ("retention_days", "I"),
    ("quota_warning_level", "OI"),
    ("responsibilities", "OV"),
    ("is_guest", "OB"),
    ("page_view_count", "I"),
    ("visited_page_count", "OI"),
    ("synced_file_count", "I"),
    ("shared_file_count", "OI"),
    ("is_admin", "B"),
    ("is_external", "OB"),
    ("last_activity_date", "OD"),
];

fn nullable(kind: &str) -> bool {
    kind.starts_with('O')
}

/// The kind without its nullability.
fn base(kind: &str) -> &str {
    kind.trim_start_matches('O')
}

fn rust_type(kind: &str) -> String {
    let base = match base(kind) {
        "S" => "String",
        "I" => "i64",
        "B" => "bool",
        "D" => "Date",
        "V" => "Vec<String>",
        other => panic!("FIELDS: unknown kind {other:?}"),
    };
    if nullable(kind) {
        format!("Option<{base}>")
    } else {
        base.to_owned()
    }
}

/// `.clone()` where the field's type is not `Copy`.
fn copy(kind: &str) -> &'static str {
    if matches!(base(kind), "I" | "B" | "D") {
        ""
    } else {
        ".clone()"
    }
}

/// A deterministic value for field number `j` of sample `k` (an expression using `k`).
fn value(field: &str, kind: &str, j: usize) -> String {
    if field == "id" {
        // The key: the same in every sample.
        return r#""87d349ed-44d7-43e1-9a83-5f2406dee5bd".to_owned()"#.to_owned();
    }
    let expr = match base(kind) {
        "S" => format!(r#"format!("{} {{k}}")"#, field.replace('_', " ")),
        "I" => format!("{} + i64::from(k) * {}", (j * 7919) % 100_003, j + 1),
        "B" => format!("(k + {j}) % 2 == 0"),
        "D" => format!(
            "date(2000 + {j} + k as i32, {}, {})",
            1 + j % 12,
            1 + (j * 3) % 28
        ),
        _ => format!(
            r#"vec![format!("{field} a {{k}}"), format!("{field} b"), format!("{field} c {{k}}")]"#
        ),
    };
    if nullable(kind) {
        // None for a third of the nullable fields, a different third for each k.
        format!("if (k + {j}) % 3 == 0 {{ None }} else {{ Some({expr}) }}")
    } else {
        expr
    }
}

/// The lines of the generated file.
#[derive(Default)]
struct Out(String);

impl Out {
    fn w(&mut self, line: impl AsRef<str>) {
        self.0.push_str(line.as_ref());
        self.0.push('\n');
    }

    /// The fields of a `GraphEntity` struct of the 60 properties (the first the key), and its
    /// closing brace.
    fn graph_entity_fields(&mut self) {
        for (i, (f, k)) in FIELDS.iter().enumerate() {
            if i == 0 {
                self.w("    #[graph(key)]");
            }
            self.w(format!("    pub {f}: {},", rust_type(k)));
        }
        self.w("}");
    }

    /// The patch fields of the twin's patch (`Option<T>`, nullable ones `Option<Option<T>>`).
    fn twin_patch_fields(&mut self) {
        for (f, k) in &FIELDS[1..] {
            if nullable(k) {
                self.w(
                    r#"    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]"#,
                );
            } else {
                self.w(r#"    #[serde(default, skip_serializing_if = "Option::is_none")]"#);
            }
            self.w(format!("    pub {f}: Option<{}>,", rust_type(k)));
        }
    }

    /// `impl From<&WidePatch> for {target}`, copying every patch field.
    fn impl_from_patch(&mut self, target: &str, extra: &str) {
        self.w(format!("impl From<&WidePatch> for {target} {{"));
        self.w("    fn from(p: &WidePatch) -> Self {");
        self.w(format!("        {target} {{"));
        if !extra.is_empty() {
            self.w(format!("            {extra}"));
        }
        for (f, k) in &FIELDS[1..] {
            self.w(format!("            {f}: p.{f}{},", copy(k)));
        }
        self.w("        }");
        self.w("    }");
        self.w("}");
        self.w("");
    }
}

fn generate() -> String {
    let mut o = Out::default();
    o.w("// @generated by benches/build.rs; edit that script, not this file.");
    o.w("");
    o.w("use graph_entity::GraphEntity;");
    o.w("use graph_entity::edm::Date;");
    o.w("use serde::{Deserialize, Serialize};");
    o.w("");
    o.w("use crate::double_option;");
    o.w("");
    o.w("/// A wide entity: 60 properties of every kind, nullable and not; `id` is the key.");
    o.w("#[derive(Debug, Clone, PartialEq, GraphEntity)]");
    o.w(r#"#[graph(odata_type = "bench.wideEntity")]"#);
    o.w("pub struct Wide {");
    o.graph_entity_fields();
    o.w("");
    o.w("/// The limit: `Wide` with serde's derive and the equivalent serde attributes.");
    o.w("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, struct_patch::Patch)]");
    o.w(r#"#[serde(rename_all = "camelCase")]"#);
    o.w(r#"#[patch(name = "WideStructPatch", attribute(derive(Debug, Clone, PartialEq)))]"#);
    o.w("pub struct WideTwin {");
    for (i, (f, k)) in FIELDS.iter().enumerate() {
        if i == 0 {
            o.w("    #[patch(skip)]");
        }
        o.w(format!("    pub {f}: {},", rust_type(k)));
    }
    o.w("}");
    o.w("");
    o.w("/// The limit's patch: `WidePatch` with serde's derive and the equivalent attributes.");
    o.w("#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]");
    o.w(r#"#[serde(rename_all = "camelCase")]"#);
    o.w("pub struct WideTwinPatch {");
    o.twin_patch_fields();
    o.w("}");
    o.w("");
    o.w("/// Diagnostic only: the limit's patch plus a leading `@odata.type` member, to show what");
    o.w("/// that member alone costs (it is not a baseline).");
    o.w("#[derive(Debug, Clone, Default, PartialEq, Serialize)]");
    o.w(r#"#[serde(rename_all = "camelCase")]"#);
    o.w("pub struct WideTwinPatchTyped {");
    o.w(r#"    #[serde(rename = "@odata.type", serialize_with = "odata_type")]"#);
    o.w("    pub odata_type: (),");
    o.twin_patch_fields();
    o.w("}");
    o.w("");
    o.w("fn odata_type<S: serde::Serializer>(_: &(), serializer: S) -> Result<S::Ok, S::Error> {");
    o.w(r##"    serializer.serialize_str("#bench.wideEntity")"##);
    o.w("}");
    o.w("");
    o.impl_from_patch("WideTwinPatchTyped", "odata_type: (),");
    o.w("impl From<&Wide> for WideTwin {");
    o.w("    fn from(e: &Wide) -> Self {");
    o.w("        WideTwin {");
    for (f, k) in &FIELDS {
        o.w(format!("            {f}: e.{f}{},", copy(k)));
    }
    o.w("        }");
    o.w("    }");
    o.w("}");
    o.w("");
    o.impl_from_patch("WideTwinPatch", "");
    o.impl_from_patch("WideStructPatch", "");
    omit_none_entity(&mut o);
    o.w("fn date(year: i32, month: u8, day: u8) -> Date {");
    o.w(r#"    Date::new(year, month, day).expect("a valid date")"#);
    o.w("}");
    o.w("");
    o.w("/// Sample `k`: every property differs between samples 0 and 1, and a third of the");
    o.w("/// nullable ones are `None` (a different third in each sample).");
    o.w("pub fn sample(k: u32) -> Wide {");
    o.w("    Wide {");
    for (j, (f, k)) in FIELDS.iter().enumerate() {
        o.w(format!("        {f}: {},", value(f, k, j)));
    }
    o.w("    }");
    o.w("}");
    o.w("");
    o.w("/// A sparse patch: a name, a count cleared to `null`, a flag.");
    o.w("pub fn sparse() -> WidePatch {");
    o.w("    WidePatch {");
    o.w(r#"        display_name: Some("Adele Vance".to_owned()),"#);
    o.w("        storage_used: Some(None),");
    o.w("        account_enabled: Some(false),");
    o.w("        ..Default::default()");
    o.w("    }");
    o.w("}");
    o.0
}

/// `WideOmitNone`: `Wide` with `omit_none`, and its conversion from `Wide`.
fn omit_none_entity(o: &mut Out) {
    o.w("/// `Wide` written without its `None` properties (`omit_none`, as the generated models are).");
    o.w("#[derive(Debug, Clone, PartialEq, GraphEntity)]");
    o.w(r#"#[graph(odata_type = "bench.wideEntity", omit_none, patch = "WideOmitNonePatch")]"#);
    o.w("pub struct WideOmitNone {");
    o.graph_entity_fields();
    o.w("");
    o.w("impl From<&Wide> for WideOmitNone {");
    o.w("    fn from(e: &Wide) -> Self {");
    o.w("        WideOmitNone {");
    for (f, k) in &FIELDS {
        o.w(format!("            {f}: e.{f}{},", copy(k)));
    }
    o.w("        }");
    o.w("    }");
    o.w("}");
    o.w("");
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let mut names: Vec<&str> = FIELDS.iter().map(|(f, _)| *f).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), FIELDS.len(), "FIELDS: a field name repeats");

    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out_dir.join("wide.rs");
    // Written only when it changes, so that rebuilding the benches does not recompile the
    // library for nothing.
    let text = generate();
    if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
        fs::write(&path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
}
