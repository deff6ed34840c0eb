//! Delta queries: `Entity::removed` reads a row's `"@removed"` annotation from its kept members
//! (`graph_entity::Removed`); the annotation is written back with the row, and a polymorphic
//! row (`Any*`) answers `etag()` and `removed()` for its variant.

use graph_entity::{AdditionalData, Entity, GraphEntity, Page, Removed, RemovedReason};
use serde_json::json;

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject", omit_none)]
pub struct DirectoryObject {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", omit_none)]
pub struct User {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}

/// A type without `additional_data` cannot see the annotation (and cannot keep it either).
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct Closed {
    #[graph(key)]
    pub id: Option<String>,
}

#[test]
fn a_delta_page_tells_removals_from_changes() {
    // The shape of `GET /users/delta` (the API reference's `user-delta.md`), with one user
    // deleted, one changed out of scope and one updated.
    let page: Page<User> = serde_json::from_value(json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
        "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc",
        "value": [
            {"id": "1", "@removed": {"reason": "deleted"}},
            {"id": "2", "@removed": {"reason": "changed"}},
            {"id": "3", "displayName": "Adele", "@odata.etag": "W/\"3\""},
        ]
    }))
    .expect("reads");
    let removed: Vec<Option<Removed>> = page.value.iter().map(Entity::removed).collect();
    assert_eq!(
        removed,
        [
            Some(Removed {
                reason: RemovedReason::Deleted
            }),
            Some(Removed {
                reason: RemovedReason::Changed
            }),
            None,
        ]
    );
    assert_eq!(page.value[2].etag(), Some("W/\"3\""));
    assert_eq!(
        page.delta_link.as_deref(),
        Some("https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc")
    );
    // The annotation stays a kept member and is written back.
    assert_eq!(
        serde_json::to_value(&page.value[0]).expect("writes"),
        json!({"@odata.type": "#microsoft.graph.user", "id": "1", "@removed": {"reason": "deleted"}})
    );
}

#[test]
fn unknown_or_malformed_reasons_are_kept_never_none() {
    let read = |removed: serde_json::Value| {
        serde_json::from_value::<User>(json!({"id": "1", "@removed": removed}))
            .expect("reads")
            .removed()
            .map(|r| r.reason)
    };
    assert_eq!(
        read(json!({"reason": "Deleted"})),
        Some(RemovedReason::Deleted)
    );
    assert_eq!(
        read(json!({"reason": "archived"})),
        Some(RemovedReason::Other("archived".to_owned()))
    );
    assert_eq!(read(json!({})), Some(RemovedReason::Other("{}".to_owned())));
    assert_eq!(
        read(json!("deleted")),
        Some(RemovedReason::Other("\"deleted\"".to_owned()))
    );
    assert_eq!(
        read(json!({"reason": 7})),
        Some(RemovedReason::Other(r#"{"reason":7}"#.to_owned()))
    );
}

#[test]
fn polymorphic_rows_answer_for_their_variant() {
    let page: Page<AnyDirectoryObject> = serde_json::from_value(json!({
        "value": [
            {"@odata.type": "#microsoft.graph.user", "id": "1", "@odata.etag": "W/\"u\""},
            {"@odata.type": "#microsoft.graph.group", "id": "2", "@removed": {"reason": "changed"}},
        ]
    }))
    .expect("reads");
    assert_eq!(page.value[0].etag(), Some("W/\"u\""));
    assert_eq!(page.value[0].removed(), None);
    assert_eq!(page.value[1].odata_type(), "microsoft.graph.group");
    assert_eq!(
        page.value[1].removed(),
        Some(Removed {
            reason: RemovedReason::Changed
        })
    );
}

#[test]
fn a_type_without_additional_data_has_no_removal() {
    // A type without `additional_data` skips instance annotations it does not model (OData: a
    // client may ignore them), so the row reads; it cannot report the removal.
    let closed: Closed =
        serde_json::from_value(json!({"id": "1", "@removed": {"reason": "deleted"}}))
            .expect("reads");
    assert_eq!(closed.removed(), None);
}
