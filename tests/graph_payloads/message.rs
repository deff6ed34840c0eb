//! Message.

use super::*;

#[test]
fn message_response_reads_and_writes_back_with_nothing_lost() {
    let (message, _) = read_and_write_back::<Message>(MESSAGE_GET);
    assert_eq!(message.importance, Some(Importance::Normal));
    assert_eq!(
        message.flag.as_ref().and_then(|flag| flag.flag_status),
        Some(FollowupFlagStatus::NotFlagged)
    );
    let to = message.to_recipients.as_deref().expect("toRecipients");
    assert_eq!(
        to[0].email_address.as_ref().and_then(|e| e.name.as_deref()),
        Some("Alex Wilber")
    );
    assert_eq!(message.cc_recipients, Some(Vec::new()));
    assert_eq!(
        message
            .sent_date_time
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("2018-09-09T03:15:06Z")
    );
}

#[test]
fn message_patch_marks_read_flags_and_raises_importance() {
    let before: Message = serde_json::from_str(MESSAGE_GET).expect("reads");
    let patch = MessagePatch {
        importance: Some(Some(Importance::High)),
        is_read: Some(Some(false)),
        flag: Some(Some(FollowupFlagPatch {
            flag_status: Some(Some(FollowupFlagStatus::Flagged)),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.message","importance":"high","isRead":false,"flag":{"flagStatus":"flagged"}}"##
    );
    let after = apply_and_check(&before, &patch);
    assert_eq!(after.is_read, Some(false));
}

#[test]
fn message_update_request_of_the_docs_is_refused_at_its_placeholder_body_type() {
    assert_eq!(
        error_of::<MessagePatch>(MESSAGE_UPDATE_REQUEST),
        "invalid value for property `body` of microsoft.graph.message: \
         invalid value for property `contentType` of microsoft.graph.itemBody: \
         unknown member \"\" of microsoft.graph.bodyType: expected one of `text`, `html` \
         at line 4 column 21"
    );
}

#[test]
fn message_update_request_with_a_real_body_type_reads_and_writes_back() {
    let mut request = json_of(MESSAGE_UPDATE_REQUEST);
    request["body"]["contentType"] = json!("text");
    let text = request.to_string();
    let patch: MessagePatch = assert_patch_request_round_trips(&text, "microsoft.graph.message");
    assert_eq!(
        patch.changed_properties().collect::<Vec<_>>(),
        ["subject", "inferenceClassification", "body"]
    );
}

#[test]
fn placeholder_in_a_datetimeoffset_is_refused_with_the_expected_form() {
    assert_eq!(
        error_of::<Message>(MESSAGE_UPDATE_RESPONSE),
        "invalid value for property `receivedDateTime` of microsoft.graph.message: \
         expected an Edm.DateTimeOffset (YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)), \
         found \"datetime-value\" at line 2 column 38"
    );
}

#[test]
fn bad_base64_in_a_binary_property_is_refused() {
    assert_eq!(
        error_of::<Message>(r#"{"id": "AAMk", "conversationIndex": "AQHS*not base64"}"#),
        "invalid value for property `conversationIndex` of microsoft.graph.message: \
         expected an Edm.Binary (base64 or base64url), found \"AQHS*not base64\" \
         (invalid character '*' at offset 4) at line 1 column 53"
    );
}

#[test]
fn binary_property_reads_base64_and_writes_it_back() {
    let message: Message =
        serde_json::from_str(r#"{"id": "AAMk", "conversationIndex": "AQHSnr0e"}"#).expect("reads");
    let index = message.conversation_index.as_ref().expect("present");
    assert_eq!(index.as_bytes(), [0x01, 0x01, 0xd2, 0x9e, 0xbd, 0x1e]);
    assert_eq!(to_json(&message)["conversationIndex"], json!("AQHSnr0e"));
}
