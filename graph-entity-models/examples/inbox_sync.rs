//! A mailbox kept in sync with a delta query, page by page, from recorded pages
//! (`examples/data/`, in the shapes of the API reference's "Get incremental changes to messages
//! in a folder" and "Get message" with `$expand=attachments`):
//!
//! 1. `GET /me/mailFolders('inbox')/messages/delta` returns pages of `AnyMessage` rows: plain
//!    messages and meeting invites (`eventMessageRequest`), each with its `@odata.etag`; a row
//!    with `@removed` is a message that left the folder. The pages end with a `deltaLink`, kept
//!    for the next round.
//! 2. A message with attachments is read again with `$expand=attachments`: typed
//!    `AnyAttachment`s (a file, a link to OneDrive).
//! 3. One change goes back: the message marked read, as a minimal `PATCH` with `If-Match` from
//!    the row's ETag.
//!
//! `cargo run -p graph-entity-models --features mail --example inbox_sync`

use std::collections::BTreeMap;

use graph_entity::{Entity, Page, RemovedReason};
use graph_entity_models::{AnyAttachment, AnyMessage};

/// The pages the service would return, in order (the first one's `nextLink` leads to the next).
const PAGES: [&str; 2] = [
    include_str!("data/inbox-delta-1.json"),
    include_str!("data/inbox-delta-2.json"),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut inbox: BTreeMap<String, AnyMessage> = BTreeMap::new();
    let mut delta_link = None;
    for (number, text) in PAGES.iter().enumerate() {
        let page: Page<AnyMessage> = serde_json::from_str(text)?;
        println!("page {}: {} rows", number + 1, page.value.len());
        for row in page.value {
            let (id, subject, is_read) = summary(&row);
            let id = id.ok_or("a delta row without an id")?.to_owned();
            if let Some(removed) = row.removed() {
                let why = match removed.reason {
                    RemovedReason::Deleted => "deleted",
                    RemovedReason::Changed => "moved out",
                    RemovedReason::Other(_) => "removed",
                };
                println!("  - {id}: {why}");
                inbox.remove(&id);
                continue;
            }
            let kind = match &row {
                AnyMessage::EventMessageRequest(invite) => format!(
                    "meeting invite ({:?}, starts {})",
                    invite.meeting_message_type,
                    invite
                        .start_date_time
                        .as_ref()
                        .and_then(|s| s.date_time.as_deref())
                        .unwrap_or("?")
                ),
                AnyMessage::Message(_) => "message".to_owned(),
                other => other.odata_type().to_owned(),
            };
            println!(
                "  + {id}: {kind}: {:?} (read: {is_read:?}, etag {:?})",
                subject.unwrap_or(""),
                row.etag()
            );
            inbox.insert(id, row);
        }
        match (page.next_link, page.delta_link) {
            (Some(next), _) => println!("  next: {next}"),
            (None, Some(delta)) => delta_link = Some(delta),
            (None, None) => return Err("a delta round ends with a deltaLink".into()),
        }
    }
    println!(
        "inbox: {} messages; next round from {delta_link:?}",
        inbox.len()
    );
    assert_eq!(inbox.len(), 3);

    // `GET /me/messages/{id}?$expand=attachments`
    let expanded: AnyMessage =
        serde_json::from_str(include_str!("data/message-expand-attachments.json"))?;
    let AnyMessage::Message(expanded) = expanded else {
        return Err("the expanded row is a plain message".into());
    };
    for attachment in expanded.attachments.iter().flatten() {
        match attachment {
            AnyAttachment::FileAttachment(file) => println!(
                "  attachment {:?}: {} bytes of {:?}",
                file.name.as_deref().unwrap_or(""),
                file.content_bytes
                    .as_ref()
                    .map_or(0, |b| b.as_bytes().len()),
                file.content_type.as_deref().unwrap_or("")
            ),
            AnyAttachment::ReferenceAttachment(link) => {
                println!(
                    "  attachment {:?}: a link",
                    link.name.as_deref().unwrap_or("")
                );
            }
            other => println!("  attachment of type {}", other.odata_type()),
        }
    }

    // Mark the first message read: the patch holds only what changed, and `If-Match` carries
    // the ETag the row came with (a 412 means someone changed it since: read it again).
    let (id, row) = inbox.iter().next().ok_or("an empty inbox")?;
    let AnyMessage::Message(message) = row else {
        return Err("the first row is a plain message".into());
    };
    let mut read = message.clone();
    read.is_read = Some(true);
    let patch = message.diff(&read);
    let request = graph_entity::http::patch(format!("/me/messages/{id}"), &patch)
        .if_match(row.etag().ok_or("a row without an etag")?)
        .build()?;
    println!(
        "{} {} If-Match: {:?}\n  {}",
        request.method(),
        request.uri(),
        request.headers().get("If-Match"),
        std::str::from_utf8(request.body())?
    );
    assert_eq!(
        std::str::from_utf8(request.body())?,
        r##"{"@odata.type":"#microsoft.graph.message","isRead":true}"##
    );
    Ok(())
}

/// `(id, subject, isRead)` of a row of any type (derived types repeat their base's properties).
fn summary(row: &AnyMessage) -> (Option<&str>, Option<&str>, Option<bool>) {
    macro_rules! of {
        ($m:expr) => {
            ($m.id.as_deref(), $m.subject.as_deref(), $m.is_read)
        };
    }
    match row {
        AnyMessage::Message(m) => of!(m),
        AnyMessage::EventMessage(m) => of!(m),
        AnyMessage::EventMessageRequest(m) => of!(m),
        AnyMessage::EventMessageResponse(m) => of!(m),
        // A type of an area this build does not enable (`calendarSharingMessage` with
        // `calendar`), or one the schema adds later: `AnyMessage` is `#[non_exhaustive]`.
        _ => (None, None, None),
    }
}
