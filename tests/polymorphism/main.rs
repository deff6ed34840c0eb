//! Polymorphic enums (`#[derive(GraphEntity)]` on an enum of newtype variants): a row reads as
//! the variant its `"@odata.type"` names, wherever the annotation sits; a row without one reads
//! as the variant of the enum's own type; a type no variant names reads as the `other` variant,
//! which keeps it and writes it back. On real shapes: a group's members (users, groups, an
//! `orgContact` the enum does not list, a row without a type), a mail folder's messages
//! (`eventMessage` rows), a list item's `createdBy` (an identity set whose `user` is a derived
//! identity type).
//!
//! Failure persistence is off, as in `merge_laws.rs`: a failure prints the shrunk
//! counterexample; pin it as a unit test.
//!
//! One module per topic: `types` (the test-local entity types and polymorphic enums), `read`
//! (dispatch on `@odata.type` and its errors), `write` (what each variant writes, at the top level
//! and nested), `real_shapes` (Graph payloads: group members, mail folder messages, a list item's
//! `createdBy`), `properties` (property tests: any row round trips, in any member order).

use graph_entity::{AdditionalData, Entity, GraphEntity, Page, Patch};
use proptest::prelude::*;
use serde_json::{Value, json};

const MEMBERS: &str = include_str!("../fixtures/poly/group_members.json");
const MESSAGES: &str = include_str!("../fixtures/poly/mail_folder_messages.json");
const LIST_ITEM: &str = include_str!("../fixtures/poly/list_item_created_by.json");

/// Every member of `input` is in `output` with the same value (recursively); what `output` adds
/// is `null` (an entity writes every declared property) or the top-level `"@odata.type"`.
fn assert_keeps_everything(input: &Value, output: &Value, path: &str) {
    match (input, output) {
        (Value::Object(input), Value::Object(output)) => {
            for (name, value) in input {
                let Some(written) = output.get(name) else {
                    panic!("{path}/{name} is lost: {output:?}");
                };
                assert_keeps_everything(value, written, &format!("{path}/{name}"));
            }
            for (name, value) in output {
                assert!(
                    input.contains_key(name) || value.is_null() || name == "@odata.type",
                    "{path}/{name} is added: {value}"
                );
            }
        }
        (Value::Array(input), Value::Array(output)) => {
            assert_eq!(input.len(), output.len(), "{path}");
            for (i, (a, b)) in input.iter().zip(output).enumerate() {
                assert_keeps_everything(a, b, &format!("{path}/{i}"));
            }
        }
        _ => assert_eq!(input, output, "{path}"),
    }
}

fn members_page() -> Page<AnyDirectoryObject> {
    serde_json::from_str(MEMBERS).expect("the members page reads")
}

mod types;

use types::*;

mod properties;
mod read;
mod real_shapes;
mod write;
