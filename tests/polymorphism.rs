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

use graph_entity::{AdditionalData, Entity, GraphEntity, Page, Patch};
use proptest::prelude::*;
use serde_json::{Value, json};

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub struct DirectoryObject {
    #[graph(key)]
    pub id: String,
    pub deleted_date_time: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
    pub deleted_date_time: Option<String>,
    pub display_name: Option<String>,
    #[graph(default)]
    pub business_phones: Vec<String>,
    pub job_title: Option<String>,
    pub mail: Option<String>,
    pub user_principal_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(key)]
    pub id: String,
    pub deleted_date_time: Option<String>,
    pub display_name: Option<String>,
    #[graph(default)]
    pub group_types: Vec<String>,
    pub mail: Option<String>,
    pub mail_enabled: Option<bool>,
    pub security_enabled: Option<bool>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// What a group's `members` holds.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    Group(Group),
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}

/// Without `other` and without a variant of its own type: every row must name a listed type.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum Principal {
    User(User),
    Group(Group),
}

/// Without `other`, with a variant of its own type (a row without a type reads as it).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum KnownDirectoryObject {
    User(User),
    DirectoryObject(DirectoryObject),
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.message")]
pub struct Message {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    pub created_date_time: Option<String>,
    pub subject: Option<String>,
    pub body_preview: Option<String>,
    pub importance: Option<String>,
    pub is_read: Option<bool>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.eventMessage")]
pub struct EventMessage {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    pub created_date_time: Option<String>,
    pub subject: Option<String>,
    pub body_preview: Option<String>,
    pub importance: Option<String>,
    pub is_read: Option<bool>,
    pub meeting_message_type: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.message")]
pub enum AnyMessage {
    #[graph(other)]
    Message(Message),
    EventMessage(EventMessage),
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.identity")]
pub struct Identity {
    pub display_name: Option<String>,
    pub id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.sharePointIdentity")]
pub struct SharePointIdentity {
    pub display_name: Option<String>,
    pub id: Option<String>,
    pub login_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.identity")]
pub enum AnyIdentity {
    #[graph(other)]
    Identity(Identity),
    SharePointIdentity(SharePointIdentity),
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.identitySet")]
pub struct IdentitySet {
    #[graph(nested)]
    pub user: Option<AnyIdentity>,
    #[graph(nested)]
    pub application: Option<AnyIdentity>,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.listItem")]
pub struct ListItem {
    #[graph(key)]
    pub id: String,
    #[graph(etag)]
    pub etag: Option<String>,
    pub created_date_time: Option<String>,
    #[graph(nested)]
    pub created_by: Option<IdentitySet>,
    #[graph(nested)]
    pub last_modified_by: Option<IdentitySet>,
    pub web_url: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// Collections declared with the base type: `nested` writes each value in its nested form (the
/// base type unannotated), plain writes each as a top-level object (always annotated).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.team")]
pub struct Team {
    #[graph(nested)]
    pub members: Vec<AnyDirectoryObject>,
    pub owners: Option<Vec<AnyDirectoryObject>>,
}

const MEMBERS: &str = include_str!("fixtures/poly/group_members.json");
const MESSAGES: &str = include_str!("fixtures/poly/mail_folder_messages.json");
const LIST_ITEM: &str = include_str!("fixtures/poly/list_item_created_by.json");

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

// ---------------------------------------------------------------------------------------------
// Reading: dispatch
// ---------------------------------------------------------------------------------------------

#[test]
fn each_member_reads_as_the_variant_its_odata_type_names() {
    let page = members_page();
    let kinds: Vec<(&str, &str)> = page
        .value
        .iter()
        .map(|member| {
            let kind = match member {
                AnyDirectoryObject::User(_) => "User",
                AnyDirectoryObject::Group(_) => "Group",
                AnyDirectoryObject::DirectoryObject(_) => "DirectoryObject",
            };
            (kind, member.odata_type())
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("User", "microsoft.graph.user"),
            ("Group", "microsoft.graph.group"),
            ("DirectoryObject", "microsoft.graph.orgContact"),
            ("DirectoryObject", "microsoft.graph.directoryObject"),
            ("User", "microsoft.graph.user"),
        ]
    );
    let AnyDirectoryObject::Group(group) = &page.value[1] else {
        panic!("a group: {:?}", page.value[1]);
    };
    assert_eq!(group.display_name.as_deref(), Some("HR Taskforce"));
    assert_eq!(group.group_types, ["Unified"]);
}

#[test]
fn a_type_no_variant_names_reads_as_the_other_variant_keeping_the_type_and_the_rest() {
    let page = members_page();
    let AnyDirectoryObject::DirectoryObject(contact) = &page.value[2] else {
        panic!("the other variant: {:?}", page.value[2]);
    };
    assert_eq!(contact.id, "25caf6a2-d5cb-470d-8940-20ba795ef62d");
    assert_eq!(
        serde_json::to_value(&contact.additional_data).expect("writes"),
        json!({
            "companyName": "Contoso Suites",
            "displayName": "Alex Wilber (external)",
            "mail": "alex@contoso-suites.com",
            "proxyAddresses": ["SMTP:alex@contoso-suites.com"],
            "@odata.type": "#microsoft.graph.orgContact",
        })
    );
}

#[test]
fn a_row_without_odata_type_reads_as_the_variant_of_the_enums_own_type() {
    let row = r#"{"id": "4562bcc8", "deletedDateTime": null}"#;
    let expected = DirectoryObject {
        id: "4562bcc8".to_owned(),
        ..DirectoryObject::default()
    };
    assert_eq!(
        serde_json::from_str::<KnownDirectoryObject>(row).expect("reads"),
        KnownDirectoryObject::DirectoryObject(expected.clone())
    );
    // With `other` of the enum's own type, the same.
    assert_eq!(
        serde_json::from_str::<AnyDirectoryObject>(row).expect("reads"),
        AnyDirectoryObject::DirectoryObject(expected)
    );
}

#[test]
fn odata_type_is_read_with_or_without_hash() {
    let with = r##"{"@odata.type": "#microsoft.graph.user", "id": "u1"}"##;
    let without = r#"{"@odata.type": "microsoft.graph.user", "id": "u1"}"#;
    let with: AnyDirectoryObject = serde_json::from_str(with).expect("reads");
    let without: AnyDirectoryObject = serde_json::from_str(without).expect("reads");
    assert!(matches!(&with, AnyDirectoryObject::User(user) if user.id == "u1"));
    assert_eq!(with, without);
}

#[test]
fn an_unknown_type_without_other_is_an_error_naming_the_found_and_the_known_types() {
    let row = r##"{"@odata.type": "#microsoft.graph.orgContact", "id": "c1"}"##;
    let err = serde_json::from_str::<Principal>(row).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown @odata.type \"#microsoft.graph.orgContact\" for microsoft.graph.directoryObject: \
         expected one of \"#microsoft.graph.user\", \"#microsoft.graph.group\" at line 1 column 45"
    );
    let err = serde_json::from_str::<KnownDirectoryObject>(row).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown @odata.type \"#microsoft.graph.orgContact\" for microsoft.graph.directoryObject: \
         expected one of \"#microsoft.graph.user\", \"#microsoft.graph.directoryObject\" at line 1 \
         column 45"
    );
}

#[test]
fn a_row_without_type_is_an_error_when_no_variant_is_the_base_type_and_none_is_other() {
    let err = serde_json::from_str::<Principal>(r#"{"id": "c1"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing @odata.type for microsoft.graph.directoryObject: no variant is \
         microsoft.graph.directoryObject itself, so a row must name its type, one of \
         \"#microsoft.graph.user\", \"#microsoft.graph.group\" at line 1 column 12"
    );
}

#[test]
fn errors_inside_a_variant_name_the_property_and_the_variants_type() {
    let first = r##"{"@odata.type": "#microsoft.graph.user", "id": "u1", "displayName": 5}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(first).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for property `displayName` of microsoft.graph.user: expected a string, \
         found 5 at line 1 column 69"
    );
    // Buffered (the annotation comes last): the same message, at the position where the
    // buffered value is read (after the annotation).
    let last = r##"{"id": "u1", "displayName": 5, "@odata.type": "#microsoft.graph.user"}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(last).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for property `displayName` of microsoft.graph.user: expected a string, \
         found 5 at line 1 column 70"
    );
    let missing = r##"{"@odata.type": "#microsoft.graph.group"}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(missing).unwrap_err();
    assert_eq!(
        err.to_string(),
        "missing property `id` of microsoft.graph.group: the property is not nullable and has \
         no default at line 1 column 41"
    );
}

#[test]
fn a_type_annotation_that_is_not_a_string_or_a_row_that_is_not_an_object_is_an_error() {
    let err = serde_json::from_str::<AnyDirectoryObject>(r#"{"@odata.type": 5}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: integer `5`, expected the `@odata.type` string (\"#namespace.TypeName\") \
         at line 1 column 17"
    );
    let err = serde_json::from_str::<AnyDirectoryObject>(r#""u1""#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: string \"u1\", expected a microsoft.graph.directoryObject (a JSON object) \
         at line 1 column 4"
    );
}

#[test]
fn a_second_odata_type_naming_another_type_is_an_error() {
    let row = r##"{"@odata.type": "#microsoft.graph.user", "id": "u1", "@odata.type": "#microsoft.graph.group"}"##;
    let err = serde_json::from_str::<AnyDirectoryObject>(row).unwrap_err();
    assert_eq!(
        err.to_string(),
        "wrong `@odata.type`: expected \"#microsoft.graph.user\", found \
         \"#microsoft.graph.group\" at line 1 column 92"
    );
}

#[test]
fn a_long_unknown_type_is_quoted_truncated() {
    let long = "x".repeat(100);
    let row = format!(r#"{{"@odata.type": "{long}"}}"#);
    let err = serde_json::from_str::<Principal>(&row).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "unknown @odata.type \"{}…\" (100 bytes) for microsoft.graph.directoryObject: \
             expected one of \"#microsoft.graph.user\", \"#microsoft.graph.group\" at line 1 \
             column 119",
            "x".repeat(64)
        )
    );
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

#[test]
fn the_members_page_round_trips_losing_nothing() {
    let input: Value = serde_json::from_str(MEMBERS).expect("json");
    let output = serde_json::to_value(members_page()).expect("writes");
    assert_keeps_everything(&input, &output, "");
    // And reads back as itself.
    let again: Page<AnyDirectoryObject> = serde_json::from_value(output).expect("reads back");
    assert_eq!(again, members_page());
}

#[test]
fn a_variant_writes_its_own_type_first_and_the_other_variant_the_kept_one() {
    let page = members_page();
    let user = serde_json::to_string(&page.value[4]).expect("writes");
    assert_eq!(
        user,
        r##"{"@odata.type":"#microsoft.graph.user","id":"87d349ed-44d7-43e1-9a83-5f2406dee5bd","deletedDateTime":null,"displayName":"Megan Bowen","businessPhones":[],"jobTitle":null,"mail":"MeganB@contoso.com","userPrincipalName":"MeganB@contoso.com"}"##
    );
    let contact = serde_json::to_string(&page.value[2]).expect("writes");
    assert_eq!(
        contact,
        r##"{"@odata.type":"#microsoft.graph.orgContact","id":"25caf6a2-d5cb-470d-8940-20ba795ef62d","deletedDateTime":null,"companyName":"Contoso Suites","displayName":"Alex Wilber (external)","mail":"alex@contoso-suites.com","proxyAddresses":["SMTP:alex@contoso-suites.com"]}"##
    );
    let base = serde_json::to_string(&page.value[3]).expect("writes");
    assert_eq!(
        base,
        r##"{"@odata.type":"#microsoft.graph.directoryObject","id":"4562bcc8-c436-4f95-b7c0-4f8ce89dca5e","deletedDateTime":null}"##
    );
}

#[test]
fn a_kept_type_without_hash_is_written_back_as_read() {
    let row = r#"{"@odata.type": "microsoft.graph.orgContact", "id": "c1"}"#;
    let contact: AnyDirectoryObject = serde_json::from_str(row).expect("reads");
    assert_eq!(contact.odata_type(), "microsoft.graph.orgContact");
    assert_eq!(
        serde_json::to_string(&contact).expect("writes"),
        r#"{"@odata.type":"microsoft.graph.orgContact","id":"c1","deletedDateTime":null}"#
    );
}

#[test]
fn in_a_nested_position_the_base_type_is_not_annotated_and_derived_and_kept_types_are() {
    let page = members_page();
    let team = Team {
        members: page.value[1..4].to_vec(),
        owners: Some(vec![page.value[3].clone()]),
    };
    assert_eq!(
        serde_json::to_value(&team).expect("writes"),
        json!({
            "@odata.type": "#test.team",
            "members": [
                {
                    "@odata.type": "#microsoft.graph.group",
                    "id": "02bd9fd6-8f93-4758-87c3-1fb73740a315",
                    "deletedDateTime": null,
                    "displayName": "HR Taskforce",
                    "groupTypes": ["Unified"],
                    "mail": "HRTaskforce@contoso.com",
                    "mailEnabled": true,
                    "securityEnabled": false,
                },
                {
                    "@odata.type": "#microsoft.graph.orgContact",
                    "id": "25caf6a2-d5cb-470d-8940-20ba795ef62d",
                    "deletedDateTime": null,
                    "companyName": "Contoso Suites",
                    "displayName": "Alex Wilber (external)",
                    "mail": "alex@contoso-suites.com",
                    "proxyAddresses": ["SMTP:alex@contoso-suites.com"],
                },
                {"id": "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e", "deletedDateTime": null},
            ],
            // Not `nested`: each value as a top-level object.
            "owners": [
                {
                    "@odata.type": "#microsoft.graph.directoryObject",
                    "id": "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e",
                    "deletedDateTime": null,
                },
            ],
        })
    );
    let text = serde_json::to_string(&team).expect("writes");
    assert_eq!(
        serde_json::from_str::<Team>(&text).expect("reads back"),
        team
    );
}

#[test]
fn in_a_nested_position_a_kept_type_is_written_as_read() {
    let json = r#"{"members":[{"@odata.type":"microsoft.graph.orgContact","id":"c1","deletedDateTime":null}],"owners":null}"#;
    let team: Team = serde_json::from_str(json).expect("reads");
    assert_eq!(team.members[0].odata_type(), "microsoft.graph.orgContact");
    assert_eq!(
        serde_json::to_string(&team).expect("writes"),
        format!(r##"{{"@odata.type":"#test.team",{}"##, &json[1..])
    );
}

#[test]
fn from_each_variant_type() {
    let user = User {
        id: "u1".to_owned(),
        ..User::default()
    };
    let any = AnyDirectoryObject::from(user.clone());
    assert_eq!(any, AnyDirectoryObject::User(user));
    assert_eq!(any.odata_type(), "microsoft.graph.user");
    let group: AnyDirectoryObject = Group::default().into();
    assert_eq!(group.odata_type(), "microsoft.graph.group");
}

// ---------------------------------------------------------------------------------------------
// Real shapes
// ---------------------------------------------------------------------------------------------

#[test]
fn a_mail_folder_page_reads_event_messages_and_keeps_a_derived_type_it_does_not_list() {
    let page: Page<AnyMessage> = serde_json::from_str(MESSAGES).expect("reads");
    let kinds: Vec<(&str, &str)> = page
        .value
        .iter()
        .map(|message| match message {
            AnyMessage::Message(m) => ("Message", m.subject.as_deref().unwrap_or_default()),
            AnyMessage::EventMessage(m) => (
                "EventMessage",
                m.meeting_message_type.as_deref().unwrap_or_default(),
            ),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("Message", "Debrief from meetup"),
            ("EventMessage", "meetingAccepted"),
            ("Message", "Lunch?"),
        ]
    );
    assert_eq!(
        page.value
            .iter()
            .map(AnyMessage::odata_type)
            .collect::<Vec<_>>(),
        [
            "microsoft.graph.eventMessageRequest",
            "microsoft.graph.eventMessage",
            "microsoft.graph.message"
        ]
    );
    let AnyMessage::EventMessage(accepted) = &page.value[1] else {
        panic!("an event message: {:?}", page.value[1]);
    };
    assert_eq!(
        accepted.etag.as_deref(),
        Some("W/\"CQAAABYAAABXlB/SL0N4Q6g6o+jSYAEuAAAImkVG\"")
    );
    let input: Value = serde_json::from_str(MESSAGES).expect("json");
    let output = serde_json::to_value(&page).expect("writes");
    assert_keeps_everything(&input, &output, "");
}

#[test]
fn a_created_by_whose_user_is_a_derived_identity_type_round_trips() {
    let item: ListItem = serde_json::from_str(LIST_ITEM).expect("reads");
    let created = item.created_by.as_ref().and_then(|set| set.user.as_ref());
    let Some(AnyIdentity::SharePointIdentity(user)) = created else {
        panic!("a sharePointIdentity: {created:?}");
    };
    assert_eq!(
        user.login_name.as_deref(),
        Some("i:0#.f|membership|meganb@contoso.com")
    );
    let modified = item
        .last_modified_by
        .as_ref()
        .and_then(|set| set.user.as_ref());
    assert_eq!(
        modified.map(AnyIdentity::odata_type),
        Some("microsoft.graph.identity")
    );
    let output = serde_json::to_value(&item).expect("writes");
    assert_keeps_everything(&serde_json::from_str(LIST_ITEM).expect("json"), &output, "");
    // Nested: the derived type is annotated, the declared one is not.
    assert_eq!(
        output["createdBy"]["user"]["@odata.type"],
        "#microsoft.graph.sharePointIdentity"
    );
    assert!(
        output["lastModifiedBy"]["user"]
            .get("@odata.type")
            .is_none()
    );
}

#[test]
fn a_nested_polymorphic_property_is_replaced_whole_by_a_patch() {
    let mut item: ListItem = serde_json::from_str(LIST_ITEM).expect("reads");
    let before = item.clone();
    let adele = AnyIdentity::Identity(Identity {
        display_name: Some("Adele Vance".to_owned()),
        ..Identity::default()
    });
    if let Some(set) = item.created_by.as_mut() {
        set.user = Some(adele.clone());
    }
    let patch = before.diff(&item);
    assert_eq!(
        serde_json::to_value(&patch).expect("writes"),
        json!({
            "@odata.type": "#microsoft.graph.listItem",
            "createdBy": {"user": {"displayName": "Adele Vance", "id": null}},
        })
    );
    let mut applied = before.clone();
    applied.apply(patch.clone());
    assert_eq!(applied, item);
    // Merging: the later value wins whole.
    let mut merged = patch.clone();
    let sharepoint = AnyIdentity::SharePointIdentity(SharePointIdentity::default());
    merged.merge(ListItemPatch {
        created_by: Some(Some(IdentitySetPatch {
            user: Some(Some(sharepoint.clone())),
            ..IdentitySetPatch::default()
        })),
        ..ListItemPatch::default()
    });
    let user = merged
        .created_by
        .as_ref()
        .and_then(Option::as_ref)
        .and_then(|set| set.user.clone());
    assert_eq!(user, Some(Some(sharepoint)));
}

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 é\"\\\\]{0,12}"
}

fn extra() -> impl Strategy<Value = AdditionalData> {
    proptest::collection::vec(("[a-z]{1,6}", any::<i32>()), 0..3).prop_map(|members| {
        members
            .into_iter()
            .map(|(name, n)| (format!("x{name}"), json!(n)))
            .collect()
    })
}

fn any_directory_object() -> impl Strategy<Value = AnyDirectoryObject> {
    let user = (text(), proptest::option::of(text()), extra()).prop_map(|(id, name, extra)| {
        AnyDirectoryObject::User(User {
            id,
            display_name: name,
            additional_data: extra,
            ..User::default()
        })
    });
    let group = (text(), proptest::option::of(any::<bool>())).prop_map(|(id, mail_enabled)| {
        AnyDirectoryObject::Group(Group {
            id,
            mail_enabled,
            ..Group::default()
        })
    });
    let kept = prop_oneof![
        Just(None),
        Just(Some("#microsoft.graph.orgContact")),
        Just(Some("microsoft.graph.device")),
    ];
    let other = (text(), kept, extra()).prop_map(|(id, kept, mut extra)| {
        if let Some(kept) = kept {
            extra.insert("@odata.type", json!(kept));
        }
        AnyDirectoryObject::DirectoryObject(DirectoryObject {
            id,
            deleted_date_time: None,
            additional_data: extra,
        })
    });
    prop_oneof![user, group, other]
}

/// `value` written with its members in the order `order` picks (a permutation seed).
fn shuffled(value: &Value, order: &[usize]) -> String {
    let Value::Object(members) = value else {
        return value.to_string();
    };
    let mut members: Vec<(&String, &Value)> = members.iter().collect();
    for (i, pick) in order.iter().enumerate().take(members.len()) {
        let j = i + pick % (members.len() - i);
        members.swap(i, j);
    }
    let body: Vec<String> = members
        .iter()
        .map(|(name, value)| format!("{}:{}", Value::from(name.as_str()), value))
        .collect();
    format!("{{{}}}", body.join(","))
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_mix_of_variants_reads_back_as_written(
        values in proptest::collection::vec(any_directory_object(), 0..8)
    ) {
        let text = serde_json::to_string(&values).expect("writes");
        let again: Vec<AnyDirectoryObject> = serde_json::from_str(&text).expect("reads back");
        prop_assert_eq!(again, values);
    }

    #[test]
    fn any_mix_in_a_nested_collection_reads_back_as_written(
        members in proptest::collection::vec(any_directory_object(), 0..8)
    ) {
        let team = Team { owners: Some(members.clone()), members };
        let text = serde_json::to_string(&team).expect("writes");
        let again: Team = serde_json::from_str(&text).expect("reads back");
        prop_assert_eq!(again, team);
    }

    #[test]
    fn members_in_any_order_read_the_same(
        value in any_directory_object(),
        order in proptest::collection::vec(any::<usize>(), 12),
    ) {
        let json = serde_json::to_value(&value).expect("writes");
        let text = shuffled(&json, &order);
        let again: AnyDirectoryObject = serde_json::from_str(&text).expect("reads shuffled");
        prop_assert_eq!(again, value);
    }
}
