//! Generated code compiles against the real derive and reads and writes what the schema names.
//!
//! `tests/generated/` holds the generator's output for four fixtures, committed so that this test
//! crate can include it; the first test fails when it is stale. Regenerate with
//! `cargo run -p graph-entity-codegen -- tests/fixtures/enums.xml --out tests/generated/enums`
//! (and `alias`, `navigation`, `properties`), from `graph-entity-codegen/`. `properties` holds a
//! recursive type (`publicError`), read and written three levels deep. `navigation` holds
//! navigation fields, bind fields and the `Any*` enums of their targets (`#[graph(navigation)]`,
//! `#[graph(bind = "..")]`), all read through the derive. `extern_paths` is generated with
//! extern paths into the other outputs (`--extern-path graph.identity=crate::alias::Identity
//! --extern-path graph.user=crate::navigation::User --extern-path
//! microsoft.graph.callRecords=crate::alias::call_records`, [`extern_options`]): it names their
//! types and generates none of its own for them.

// The generated items and re-exports are public API for an including crate; this test uses a
// few of them.
#[allow(dead_code, unused_imports)]
#[path = "generated/alias/mod.rs"]
mod alias;
#[allow(dead_code, unused_imports)]
#[path = "generated/enums/mod.rs"]
mod enums;
#[allow(dead_code, unused_imports)]
#[path = "generated/extern_paths/mod.rs"]
mod extern_paths;
#[allow(dead_code, unused_imports)]
#[path = "generated/navigation/mod.rs"]
mod navigation;
#[allow(dead_code, unused_imports)]
#[path = "generated/properties/mod.rs"]
mod properties;

use std::path::Path;

use graph_entity::{Entity, Patch};
use graph_entity_codegen::{Options, generate, rustfmt};

/// The options `extern_paths` is generated with: types of the other outputs stand for its own.
fn extern_options() -> Options {
    let pairs = [
        ("graph.identity", "crate::alias::Identity"),
        ("graph.user", "crate::navigation::User"),
        ("microsoft.graph.callRecords", "crate::alias::call_records"),
    ];
    Options {
        extern_paths: pairs
            .iter()
            .map(|(name, path)| ((*name).to_owned(), (*path).to_owned()))
            .collect(),
        ..Options::default()
    }
}

#[test]
fn committed_output_is_what_the_generator_writes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for name in ["alias", "enums", "extern_paths", "navigation", "properties"] {
        let xml = std::fs::read_to_string(root.join(format!("fixtures/{name}.xml")))
            .expect("the fixture exists");
        let options = if name == "extern_paths" {
            extern_options()
        } else {
            Options::default()
        };
        let mut files = generate(&xml, &format!("{name}.xml"), &options).expect("generates");
        rustfmt(&mut files).expect("formats");
        for file in files {
            let path = root.join("generated").join(name).join(&file.path);
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == file.contents,
                "{} is stale: regenerate it (see this file's doc)",
                path.display()
            );
        }
    }
}

#[test]
fn enum_members_read_and_write_as_the_schema_spells_them() {
    use enums::OddMembers;
    let json = r#"["other","None","tls1_0","id_token","iOS","later"]"#;
    let members: Vec<OddMembers> = serde_json::from_str(json).expect("reads");
    assert_eq!(
        members,
        [
            OddMembers::OtherMember,
            OddMembers::None,
            OddMembers::Tls1_0,
            OddMembers::IdToken,
            OddMembers::IOS,
            OddMembers::Other("later".to_owned()),
        ]
    );
    assert_eq!(serde_json::to_string(&members).expect("writes"), json);
    assert_eq!(enums::Importance::default(), enums::Importance::Low);
}

#[test]
fn flags_and_enum_collections_round_trip() {
    let json = r#"{"importance":"high","channels":"email,sms","history":["low","normal"]}"#;
    let settings: enums::AlertSettings = serde_json::from_str(json).expect("reads");
    let channels = settings.channels.as_ref().expect("present");
    assert!(channels.contains(&enums::NotificationChannels::Sms));
    assert_eq!(
        serde_json::to_string(&settings).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.alertSettings","importance":"high","channels":"email,sms","history":["low","normal"]}"##
    );
}

#[test]
fn nested_values_across_namespaces_patch_property_by_property() {
    let json = r#"{"session": {"caller": {"displayName": "Ann"}, "modality": "video"}, "x": 1}"#;
    let old: alias::CallSummary = serde_json::from_str(json).expect("reads");
    assert_eq!(old.additional_data.get("x"), Some(&serde_json::json!(1)));
    let mut new = old.clone();
    let session = new.session.as_mut().expect("present");
    session.caller.as_mut().expect("present").display_name = Some("Bob".to_owned());
    let patch = old.diff(&new);
    assert_eq!(patch.changed_properties().collect::<Vec<_>>(), ["session"]);
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.callSummary","session":{"caller":{"displayName":"Bob"}}}"##
    );
    let mut applied = old.clone();
    applied.apply(patch);
    assert_eq!(applied, new);
}

#[test]
fn keyword_renamed_and_untyped_properties_read_and_write_under_their_wire_names() {
    let json = r#"{"appId":"a1","type":"web","self":"s","displayName":"d","DisplayName":"D","additionalData":"x","isMFARegistered":true,"custom":{"k":[1]},"publisherDomain":"p"}"#;
    let app: properties::Application = serde_json::from_str(json).expect("reads");
    assert_eq!(app.app_id.as_deref(), Some("a1"));
    assert_eq!(app.r#type.as_deref(), Some("web"));
    assert_eq!(app.self_.as_deref(), Some("s"));
    assert_eq!(app.display_name_2.as_deref(), Some("D"));
    assert_eq!(app.additional_data_2.as_deref(), Some("x"));
    assert_eq!(app.is_mfa_registered, Some(true));
    assert_eq!(app.custom, Some(serde_json::json!({"k": [1]})));
    assert!(app.additional_data.is_empty());
    let written: serde_json::Value = serde_json::to_value(&app).expect("writes");
    let mut expected: serde_json::Value = serde_json::from_str(json).expect("json");
    expected["@odata.type"] = "#microsoft.graph.application".into();
    // `omit_none`: the absent `tags` and `settings` are not written (no `null`s).
    assert_eq!(written, expected);
}

#[test]
fn primitives_read_through_the_runtime_edm_types() {
    let json = r#"{"int64":"7","date":"2024-02-29","guid":"6f9619ff-8b86-d011-b42d-00cf4fc964ff"}"#;
    let value: properties::Primitives = serde_json::from_str(json).expect("reads");
    assert_eq!(value.int64, Some(7));
    assert_eq!(value.date.expect("present").to_string(), "2024-02-29");
    assert!(value.guid.is_some());
}

#[test]
fn expanded_navigation_reads_polymorphic_targets_and_writes_back() {
    use navigation::{AnyAttachment, AnyDirectoryObject, User};
    // `GET /me?$expand=manager,directReports,messages($expand=attachments)`
    let body = serde_json::json!({
        "@odata.type": "#microsoft.graph.user",
        "id": "1",
        "displayName": "Adele",
        "manager": {"@odata.type": "#microsoft.graph.user", "id": "2", "displayName": "Nestor"},
        "directReports": [
            {"@odata.type": "#microsoft.graph.group", "id": "3"},
            {"@odata.type": "#microsoft.graph.orgContact", "id": "4"}
        ],
        "messages": [{
            "@odata.type": "#microsoft.graph.message",
            "id": "5",
            "attachments": [{"@odata.type": "#microsoft.graph.fileAttachment", "id": "6", "name": "a.txt"}]
        }]
    });
    let user: User = serde_json::from_value(body.clone()).expect("reads");
    let Some(AnyDirectoryObject::User(manager)) = user.manager.as_deref() else {
        panic!("the manager reads as a user: {:?}", user.manager);
    };
    assert_eq!(manager.display_name.as_deref(), Some("Nestor"));
    let reports = user.direct_reports.as_deref().expect("expanded");
    assert!(matches!(reports[0], AnyDirectoryObject::Group(_)));
    // A derived type the schema does not have reads as the base.
    assert!(matches!(reports[1], AnyDirectoryObject::DirectoryObject(_)));
    let messages = user.messages.as_deref().expect("expanded");
    let attachments = messages[0].attachments.as_deref().expect("expanded");
    let AnyAttachment::FileAttachment(file) = &attachments[0] else {
        panic!("a file attachment: {attachments:?}");
    };
    assert_eq!(file.name.as_deref(), Some("a.txt"));
    assert_eq!(serde_json::to_value(&user).expect("writes"), body);
}

#[test]
fn a_create_body_binds_navigation_by_url() {
    // `POST /groups` with owners and members bound.
    let group = navigation::Group {
        display_name: Some("Library Assist".to_owned()),
        owners_bind: Some(vec!["https://graph.microsoft.com/v1.0/users/1".to_owned()]),
        members_bind: Some(vec![
            "https://graph.microsoft.com/v1.0/users/2".to_owned(),
            "https://graph.microsoft.com/v1.0/users/3".to_owned(),
        ]),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&group).expect("writes"),
        serde_json::json!({
            "@odata.type": "#microsoft.graph.group",
            "displayName": "Library Assist",
            "members@odata.bind": [
                "https://graph.microsoft.com/v1.0/users/2",
                "https://graph.microsoft.com/v1.0/users/3"
            ],
            "owners@odata.bind": ["https://graph.microsoft.com/v1.0/users/1"]
        })
    );
    let user = navigation::User {
        manager_bind: Some("https://graph.microsoft.com/v1.0/users/2".to_owned()),
        ..Default::default()
    };
    let patch = navigation::User::default().diff(&user);
    // `diff` never fills a bind: a patch that links sets it itself.
    assert!(patch.is_empty());
}

#[test]
fn action_bodies_send_their_parameters_as_the_api_reference_names_them() {
    use graph_entity::ActionBody;
    // `POST /me/sendMail`: the schema spells the parameters `Message`, `SaveToSentItems`.
    let body = navigation::UserSendMailBody {
        message: Some(navigation::Message {
            subject: Some("Lunch?".to_owned()),
            ..Default::default()
        }),
        save_to_sent_items: Some(false),
    };
    let json = serde_json::json!({"message": {"subject": "Lunch?"}, "saveToSentItems": false});
    assert_eq!(serde_json::to_value(&body).expect("writes"), json);
    assert_eq!(
        navigation::UserSendMailBody::ACTION,
        "microsoft.graph.sendMail"
    );
    let read: navigation::UserSendMailBody = serde_json::from_value(
        serde_json::json!({"Message": {"subject": "Lunch?"}, "SaveToSentItems": false}),
    )
    .expect("reads the schema's spelling too");
    assert_eq!(read, body);
    // Bound to `directoryObject` and to its collections with the same parameters: one body.
    let ids = navigation::DirectoryObjectGetByIdsBody {
        ids: Some(vec!["1".to_owned()]),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&ids).expect("writes"),
        r#"{"ids":["1"]}"#
    );
    // Keyword and underscore names keep their wire names; the collection's own parameters get
    // their own body.
    let assign: navigation::GroupAssignBody = serde_json::from_value(serde_json::json!({
        "type": "a",
        "Type_Value": 2,
        "recipients": [{"@odata.type": "#microsoft.graph.user", "id": "1"}]
    }))
    .expect("reads");
    assert_eq!(assign.r#type.as_deref(), Some("a"));
    assert_eq!(assign.type_value, Some(2));
    assert!(matches!(
        assign.recipients.as_deref(),
        Some([navigation::AnyDirectoryObject::User(_)])
    ));
    let error =
        serde_json::from_str::<navigation::GroupCollectionAssignBody>(r#"{"recipients": []}"#)
            .expect_err("the collection's action has no `recipients`");
    assert!(
        error
            .to_string()
            .starts_with("unknown parameter \"recipients\" in the body of microsoft.graph.assign"),
        "{error}"
    );
}

#[test]
fn a_recursive_type_reads_and_writes_at_depth() {
    let json = r##"{"@odata.type":"#microsoft.graph.publicError","innerError":{"code":"inner","innerError":{"details":[{"code":"innermost"}]}}}"##;
    let error: properties::PublicError = serde_json::from_str(json).expect("reads");
    let inner = error.inner_error.as_deref().expect("an inner error");
    assert_eq!(
        inner.additional_data.get("code"),
        Some(&serde_json::json!("inner"))
    );
    let details = inner
        .inner_error
        .as_deref()
        .and_then(|innermost| innermost.details.as_deref())
        .expect("details at depth 3");
    assert_eq!(
        details[0].additional_data.get("code"),
        Some(&serde_json::json!("innermost"))
    );
    let back: properties::PublicError =
        serde_json::from_str(&serde_json::to_string(&error).expect("writes")).expect("reads back");
    assert_eq!(back, error);
}

#[test]
fn extern_types_are_read_written_and_patched_as_their_own_crate_does() {
    use extern_paths::{AnyDirectoryObject, Call, CallTransferBody};
    // `GET /communications/calls/1?$expand=owner,attendees`
    let body = serde_json::json!({
        "@odata.type": "#microsoft.graph.call",
        "id": "1",
        "organizer": {"user": {"displayName": "Ann"}},
        "caller": {"displayName": "Bob"},
        "sessions": [{"caller": {"displayName": "Bob"}, "modality": "video"}],
        "modality": "audio",
        "owner": {"@odata.type": "#microsoft.graph.user", "id": "2", "displayName": "Cy"},
        "attendees": [{"@odata.type": "#microsoft.graph.user", "id": "3"}]
    });
    let call: Call = serde_json::from_value(body.clone()).expect("reads");
    let caller: &alias::Identity = call.caller.as_ref().expect("present");
    assert_eq!(caller.display_name.as_deref(), Some("Bob"));
    let sessions: &[alias::call_records::Session] = call.sessions.as_deref().expect("present");
    assert_eq!(
        sessions[0].modality,
        Some(alias::call_records::Modality::Video)
    );
    // A generated `Any*` enum holds the extern derived type as its variant.
    let Some(AnyDirectoryObject::User(owner)) = call.owner.as_deref() else {
        panic!("the owner reads as the extern user: {:?}", call.owner);
    };
    let owner: &navigation::User = owner;
    assert_eq!(owner.display_name.as_deref(), Some("Cy"));
    assert_eq!(call.attendees.as_ref().map(Vec::len), Some(1));
    assert_eq!(serde_json::to_value(&call).expect("writes"), body);

    // A nested extern value patches property by property, through its own patch type.
    let mut new = call.clone();
    new.caller.as_mut().expect("present").display_name = Some("Dee".to_owned());
    let patch = call.diff(&new);
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.call","caller":{"displayName":"Dee"}}"##
    );
    let mut applied = call.clone();
    applied.apply(patch);
    assert_eq!(applied, new);

    let transfer = CallTransferBody {
        target: Some(alias::Identity {
            display_name: Some("Eve".to_owned()),
            ..Default::default()
        }),
        modality: Some(alias::call_records::Modality::Audio),
    };
    assert_eq!(
        serde_json::to_value(&transfer).expect("writes"),
        serde_json::json!({"target": {"displayName": "Eve"}, "modality": "audio"})
    );
}
