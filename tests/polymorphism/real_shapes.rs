//! Graph's shapes: a mail folder's messages with event messages and a derived type the enum does
//! not list, a list item's `createdBy` whose user is a derived identity type, and a nested
//! polymorphic property replaced whole by a patch.

use super::*;

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
