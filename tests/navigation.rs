//! Navigation properties (`#[graph(navigation)]`) and binds (`#[graph(bind = "...")]`): read
//! from `$expand` and deep-insert bodies, written only when `Some`, carried by the patch as
//! given (deep update) or as `name@odata.bind`, never filled by `diff` (DESIGN Part 3).

use graph_entity::{AdditionalData, Entity, GraphEntity, Patch};
use serde_json::json;

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", omit_none)]
pub struct User {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Single-valued.
    #[graph(navigation)]
    pub manager: Option<Box<User>>,
    /// A collection.
    #[graph(navigation)]
    pub direct_reports: Option<Vec<User>>,
    #[graph(bind = "manager")]
    pub manager_bind: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group", open_type)]
pub struct Group {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(navigation)]
    pub owners: Option<Vec<User>>,
    #[graph(bind = "owners")]
    pub owners_bind: Option<Vec<String>>,
    #[graph(bind = "members")]
    pub members_bind: Option<Vec<String>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[test]
fn expanded_navigation_reads_and_writes_back() {
    // `GET /users/{id}?$expand=manager,directReports`
    let body = json!({
        "@odata.type": "#microsoft.graph.user",
        "id": "1",
        "displayName": "Adele",
        "manager": {"@odata.type": "#microsoft.graph.user", "id": "2", "displayName": "Nestor"},
        "directReports": [{"@odata.type": "#microsoft.graph.user", "id": "3"}],
    });
    let user: User = serde_json::from_value(body.clone()).expect("reads");
    assert_eq!(
        user.manager
            .as_ref()
            .and_then(|m| m.display_name.as_deref()),
        Some("Nestor")
    );
    assert_eq!(user.direct_reports.as_ref().map(Vec::len), Some(1));
    assert_eq!(serde_json::to_value(&user).expect("writes"), body);
    // `null` for a single-valued navigation property (no manager) reads as `None`, and a
    // navigation field is never written as `null`.
    let alone: User = serde_json::from_value(json!({"id": "1", "manager": null})).expect("reads");
    assert_eq!(alone.manager, None);
    assert_eq!(
        serde_json::to_value(&alone).expect("writes"),
        json!({"@odata.type": "#microsoft.graph.user", "id": "1"})
    );
}

#[test]
fn navigation_is_never_written_as_null_even_without_omit_none() {
    let group = Group {
        id: Some("g".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&group).expect("writes"),
        json!({"@odata.type": "#microsoft.graph.group", "id": "g", "displayName": null})
    );
}

#[test]
fn a_create_body_binds_by_url() {
    // `POST /groups` with owners and members bound (the API reference's group-post-groups).
    let group = Group {
        display_name: Some("Library Assist".to_owned()),
        owners_bind: Some(vec![
            "https://graph.microsoft.com/v1.0/users/26be1845-4119-4801-a799-aea79d09f1a2"
                .to_owned(),
        ]),
        members_bind: Some(vec![
            "https://graph.microsoft.com/v1.0/users/ff7cb387-6688-423c-8188-3da9532a73cc"
                .to_owned(),
            "https://graph.microsoft.com/v1.0/users/69456242-0067-49d3-ba96-9de6f2728e14"
                .to_owned(),
        ]),
        ..Default::default()
    };
    let written = serde_json::to_value(&group).expect("writes");
    assert_eq!(
        written["owners@odata.bind"],
        json!(["https://graph.microsoft.com/v1.0/users/26be1845-4119-4801-a799-aea79d09f1a2"])
    );
    assert_eq!(
        written["members@odata.bind"].as_array().map(Vec::len),
        Some(2)
    );
    let read: Group = serde_json::from_value(written).expect("reads back");
    assert_eq!(read, group);
}

#[test]
fn diff_never_fills_navigation_or_binds_and_apply_ignores_binds() {
    let old = User {
        id: Some("1".to_owned()),
        display_name: Some("A".to_owned()),
        ..Default::default()
    };
    let mut new = old.clone();
    new.display_name = Some("B".to_owned());
    new.manager = Some(Box::new(User::default()));
    new.manager_bind = Some("https://graph.microsoft.com/v1.0/users/2".to_owned());
    let patch = old.diff(&new);
    assert_eq!(
        patch.changed_properties().collect::<Vec<_>>(),
        ["displayName"]
    );
    assert_eq!(patch.manager, None);
    assert_eq!(patch.manager_bind, None);

    // A patch that sets them: the navigation value is applied, the bind only sent.
    let deep = UserPatch {
        manager: Some(Box::new(User {
            id: Some("2".to_owned()),
            ..Default::default()
        })),
        manager_bind: Some("https://graph.microsoft.com/v1.0/users/2".to_owned()),
        ..Default::default()
    };
    assert!(!deep.is_empty());
    assert_eq!(
        deep.changed_properties().collect::<Vec<_>>(),
        ["manager", "manager@odata.bind"]
    );
    assert_eq!(
        serde_json::to_value(&deep).expect("writes"),
        json!({
            "@odata.type": "#microsoft.graph.user",
            "manager": {"@odata.type": "#microsoft.graph.user", "id": "2"},
            "manager@odata.bind": "https://graph.microsoft.com/v1.0/users/2",
        })
    );
    let mut applied = old.clone();
    applied.apply(deep);
    assert_eq!(
        applied.manager.as_ref().and_then(|m| m.id.as_deref()),
        Some("2")
    );
    assert_eq!(applied.manager_bind, None);
}

#[test]
fn merge_adds_collection_binds_and_replaces_single_ones() {
    let mut first = GroupPatch {
        owners_bind: Some(vec!["u/1".to_owned()]),
        ..Default::default()
    };
    first.merge(GroupPatch {
        owners_bind: Some(vec!["u/2".to_owned()]),
        members_bind: Some(vec!["u/3".to_owned()]),
        ..Default::default()
    });
    assert_eq!(
        first.owners_bind,
        Some(vec!["u/1".to_owned(), "u/2".to_owned()])
    );
    assert_eq!(first.members_bind, Some(vec!["u/3".to_owned()]));

    let mut single = UserPatch {
        manager_bind: Some("u/1".to_owned()),
        ..Default::default()
    };
    single.merge(UserPatch {
        manager_bind: Some("u/2".to_owned()),
        ..Default::default()
    });
    assert_eq!(single.manager_bind.as_deref(), Some("u/2"));
}

#[test]
fn patches_read_binds_strictly() {
    // `PATCH /groups/{id}` adding members (the API reference's group-post-members, batch form).
    let patch: GroupPatch = serde_json::from_value(json!({
        "members@odata.bind": ["https://graph.microsoft.com/v1.0/directoryObjects/1"],
    }))
    .expect("reads");
    assert_eq!(patch.members_bind.as_ref().map(Vec::len), Some(1));

    let err = serde_json::from_str::<GroupPatch>(r#"{"membrs@odata.bind": ["x"]}"#)
        .expect_err("an unknown bind");
    assert_eq!(
        err.to_string(),
        "unknown navigation binding \"membrs@odata.bind\" in a patch of microsoft.graph.group: \
         did you mean `members@odata.bind`? at line 1 column 20"
    );
    let err = serde_json::from_str::<UserPatch>(r#"{"photo@odata.bind": "x"}"#)
        .expect_err("an unknown bind");
    assert!(
        err.to_string()
            .contains("the bindable navigation properties are `manager@odata.bind`"),
        "{err}"
    );
    // A single-valued bind is one URL, a collection's an array: the wrong shape is an error
    // naming the member and the type.
    let err = serde_json::from_str::<GroupPatch>(r#"{"owners@odata.bind": "u/1"}"#)
        .expect_err("a string for a collection bind");
    let message = err.to_string();
    assert!(
        message.contains("owners@odata.bind") && message.contains("microsoft.graph.group"),
        "{message}"
    );
}

#[test]
fn a_navigation_value_of_the_wrong_shape_is_an_error_naming_it() {
    let err = serde_json::from_value::<User>(json!({"id": "1", "directReports": {"id": "3"}}))
        .expect_err("an object for a collection");
    assert_eq!(
        err.to_string(),
        "invalid value for property `directReports` of microsoft.graph.user: expected an array \
         (the navigation property is a collection), found an object"
    );
    let err = serde_json::from_value::<User>(json!({"id": "1", "manager": [{"id": "2"}]}))
        .expect_err("an array for a single value");
    assert_eq!(
        err.to_string(),
        "invalid value for property `manager` of microsoft.graph.user: expected an object (the \
         navigation property is single-valued), found an array"
    );
}

#[test]
fn a_nested_navigation_value_keeps_its_own_errors_path() {
    let err = serde_json::from_value::<User>(json!({
        "id": "1",
        "directReports": [{"id": "3", "displayName": 7}],
    }))
    .expect_err("a number for a string");
    assert_eq!(
        err.to_string(),
        "invalid value for property `directReports` of microsoft.graph.user: invalid value for \
         property `displayName` of microsoft.graph.user: expected a string, found 7"
    );
}

/// An open type whose navigation property `messages` is compiled out in this build (as the
/// models do where its target is another area's), named in `cfg_navigation`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.user",
    open_type,
    omit_none,
    cfg_navigation = "messages events"
)]
pub struct OpenUser {
    #[graph(key)]
    pub id: Option<String>,
    pub display_name: Option<String>,
    /// Compiled out here (`any()` is never true), as a field behind an area's feature is.
    #[cfg(any())]
    #[graph(navigation)]
    pub messages: Option<Vec<User>>,
    /// Compiled in: `cfg_navigation` naming it changes nothing.
    #[graph(navigation)]
    pub events: Option<Vec<User>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[test]
fn a_compiled_out_navigation_property_is_kept_but_is_no_dynamic_property() {
    let read: OpenUser = serde_json::from_value(json!({
        "id": "1",
        "messages": [{"id": "m1"}],
        "events": [{"id": "e1"}],
        "nickname": "Ann"
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    // Nothing lost: the `$expand`ed value is kept as read and written back.
    assert_eq!(
        read.additional_data.get("messages"),
        Some(&json!([{"id": "m1"}]))
    );
    assert_eq!(read.events.as_ref().map(Vec::len), Some(1));
    assert_eq!(
        serde_json::to_value(&read).unwrap_or_else(|e| panic!("{e}"))["messages"],
        json!([{"id": "m1"}])
    );
    // Dropping it is no change to send; dropping a dynamic property is.
    let mut edited = read.clone();
    edited.additional_data.remove("messages");
    edited.additional_data.remove("nickname");
    let patch = read.diff(&edited);
    assert_eq!(
        serde_json::to_value(&patch).unwrap_or_else(|e| panic!("{e}")),
        json!({"@odata.type": "#microsoft.graph.user", "nickname": null})
    );
    // A patch cannot carry it, and says so rather than sending it as a dynamic property.
    let error = serde_json::from_value::<OpenUserPatch>(json!({"messages": []})).unwrap_err();
    assert!(
        error.to_string().starts_with(
            "navigation property \"messages\" of microsoft.graph.user has no field in this build"
        ),
        "{error}"
    );
    // A compiled-in one is read by its field, in the entity and in the patch.
    let patch: OpenUserPatch =
        serde_json::from_value(json!({"events": [{"id": "e2"}]})).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(patch.events.as_ref().map(Vec::len), Some(1));
    assert!(patch.additional_data.is_empty());
}
