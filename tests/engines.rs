//! The root package's real payloads read and written through sonic-rs and simd-json, compared
//! with `serde_json` (as `graph-entity-models/tests/engines` does with the docs corpus): the API
//! reference's examples of `tests/fixtures/graph/` into the hand-written models
//! (`tests/graph_models/`), their patches included, and the polymorphic pages and shapes of
//! `tests/fixtures/poly/` into the polymorphic enums of `tests/polymorphism/types.rs` (with
//! `other`, without it, with a variant of the base type). Each engine must read the value
//! `serde_json` reads, write the JSON it writes, and refuse what it refuses. Prints each engine's
//! counts (`--nocapture`) and fails listing every difference.

#[path = "../graph-entity-models/tests/engines/engine.rs"]
mod engine;

#[path = "graph_models/mod.rs"]
mod graph_models;

// `polymorphism/types.rs` takes what it needs from its parent (`use super::*`).
#[path = "polymorphism/types.rs"]
#[allow(
    dead_code,
    reason = "the types the polymorphism tests use, not all read here"
)]
mod poly;

use std::fmt::Debug;

use graph_entity::{AdditionalData, Entity, GraphEntity, Page};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::engine::Tally;

/// Compares every engine on one fixture, read as a `T`.
fn fixture<T>(tallies: &mut [Tally; 2], name: &str, text: &str)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    Tally::check::<T>(tallies, name, text);
}

/// A type and its patch.
fn both<T>(tallies: &mut [Tally; 2], name: &str, text: &str)
where
    T: Entity + Serialize + DeserializeOwned + PartialEq + Debug,
    T::Patch: Serialize + DeserializeOwned + PartialEq + Debug,
{
    fixture::<T>(tallies, name, text);
    fixture::<T::Patch>(tallies, &format!("{name} (as a patch)"), text);
}

macro_rules! graph_fixture {
    ($tallies:expr, $read:ident::<$ty:ty>, $file:literal) => {
        $read::<$ty>(
            $tallies,
            $file,
            include_str!(concat!("fixtures/graph/", $file)),
        )
    };
}

#[test]
fn graph_payloads_read_and_write_as_serde_json_does() {
    use graph_models::{DriveItem, Event, Message, PlannerTask, TodoTask, User};
    let t = &mut Tally::all();
    graph_fixture!(t, both::<Event>, "event-get.response.json");
    graph_fixture!(t, both::<Event>, "event-update.request.json");
    graph_fixture!(t, both::<Event>, "event-update.response.json");
    graph_fixture!(t, both::<Message>, "message-get.response.json");
    graph_fixture!(t, both::<Message>, "message-update.request.json");
    graph_fixture!(t, both::<Message>, "message-update.response.json");
    graph_fixture!(t, both::<TodoTask>, "todotask-get.response.json");
    graph_fixture!(t, both::<TodoTask>, "todotask-update.request.json");
    graph_fixture!(t, both::<TodoTask>, "todotask-update.response.json");
    graph_fixture!(t, both::<PlannerTask>, "plannertask-get.response.json");
    graph_fixture!(t, both::<PlannerTask>, "plannertask-update.request.json");
    graph_fixture!(t, both::<DriveItem>, "driveitem-get.response.json");
    graph_fixture!(t, both::<DriveItem>, "driveitem-file.hand-written.json");
    graph_fixture!(t, both::<User>, "user-get-schema-extension.response.json");
    graph_fixture!(t, both::<User>, "user-update-schema-extension.request.json");
    engine::assert_differences(t, &[]);
}

const MEMBERS: &str = include_str!("fixtures/poly/group_members.json");
const MESSAGES: &str = include_str!("fixtures/poly/mail_folder_messages.json");
const LIST_ITEM: &str = include_str!("fixtures/poly/list_item_created_by.json");

#[test]
fn polymorphic_pages_read_and_write_as_serde_json_does() {
    use poly::{
        AnyDirectoryObject, AnyIdentity, AnyMessage, IdentitySet, KnownDirectoryObject, ListItem,
        Principal,
    };
    let t = &mut Tally::all();
    fixture::<Page<AnyDirectoryObject>>(t, "group members", MEMBERS);
    // Without `other`: the `orgContact` row is refused, by every engine.
    fixture::<Page<Principal>>(t, "group members (Principal)", MEMBERS);
    fixture::<Page<KnownDirectoryObject>>(t, "group members (Known)", MEMBERS);
    fixture::<Page<AnyMessage>>(t, "mail folder messages", MESSAGES);
    fixture::<ListItem>(t, "list item", LIST_ITEM);
    // Each row on its own, and with `@odata.type` moved last (the reader buffers what comes
    // before it), through every enum.
    for (name, page) in [("member", MEMBERS), ("message", MESSAGES)] {
        let page: serde_json::Value = serde_json::from_str(page).expect("a fixture is JSON");
        for (i, row) in page["value"].as_array().into_iter().flatten().enumerate() {
            let last = type_last(row);
            for (form, text) in [("", row.to_string()), (", type last", last)] {
                let name = format!("{name} {i}{form}");
                fixture::<AnyDirectoryObject>(t, &format!("{name} (Any)"), &text);
                fixture::<Principal>(t, &format!("{name} (Principal)"), &text);
                fixture::<KnownDirectoryObject>(t, &format!("{name} (Known)"), &text);
                fixture::<AnyMessage>(t, &format!("{name} (AnyMessage)"), &text);
            }
        }
    }
    let item: serde_json::Value = serde_json::from_str(LIST_ITEM).expect("a fixture is JSON");
    for which in ["createdBy", "lastModifiedBy"] {
        let set = &item[which];
        fixture::<IdentitySet>(t, which, &set.to_string());
        fixture::<AnyIdentity>(t, &format!("{which}.user"), &set["user"].to_string());
        let last = type_last(&set["user"]);
        fixture::<AnyIdentity>(t, &format!("{which}.user, type last"), &last);
    }
    engine::assert_differences(t, &[]);
}

/// `row`'s text with its `@odata.type` member written last (`serde_json::Value` sorts members,
/// which puts `@odata.type` first or after the other annotations).
fn type_last(row: &serde_json::Value) -> String {
    let Some(members) = row.as_object() else {
        return row.to_string();
    };
    let mut parts: Vec<String> = members
        .iter()
        .filter(|(name, _)| *name != "@odata.type")
        .map(|(name, value)| format!("{}:{value}", serde_json::Value::from(name.as_str())))
        .collect();
    if let Some(found) = members.get("@odata.type") {
        parts.push(format!("\"@odata.type\":{found}"));
    }
    format!("{{{}}}", parts.join(","))
}
