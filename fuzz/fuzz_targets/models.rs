//! Arbitrary bytes as generated models (`graph-entity-models`, areas `mail` and `calendar`): a
//! page of `AnyMessage` (the message family: event messages, calendar sharing messages, other
//! types kept), a page of `Event`, an `Event`, an `AnyMessage` and an `EventPatch`. Whatever
//! reads is written, read again and written again: both writes must be the same bytes (compared
//! as bytes, not values: an `Edm.Double` may be `"NaN"`, which is not equal to itself). Every
//! error renders.
#![no_main]

use graph_entity::{Entity, Page, Patch};
use graph_entity_fuzz::reach;
use graph_entity_models::{AnyMessage, Event};
use serde::Serialize;
use serde::de::DeserializeOwned;

type EventPatch = <Event as Entity>::Patch;

/// Reads `data` as `T`; if it reads, write, read, write: the same bytes.
fn round_trips<T: Serialize + DeserializeOwned>(label: &str, data: &[u8]) -> Option<T> {
    let value = match serde_json::from_slice::<T>(data) {
        Ok(value) => value,
        Err(error) => {
            let _ = error.to_string();
            return None;
        }
    };
    reach::note(label.to_owned());
    let written = serde_json::to_vec(&value).expect("what reads is written");
    let again: T = serde_json::from_slice(&written).unwrap_or_else(|e| {
        panic!(
            "what was written reads back: {e}\n{}",
            String::from_utf8_lossy(&written)
        )
    });
    let rewritten = serde_json::to_vec(&again).expect("written again");
    assert_eq!(
        String::from_utf8_lossy(&rewritten),
        String::from_utf8_lossy(&written),
        "written, read and written again"
    );
    Some(value)
}

fn note_message(label: &str, message: &AnyMessage) {
    if !reach::enabled() {
        return;
    }
    let variant = match message {
        AnyMessage::CalendarSharingMessage(_) => "CalendarSharingMessage",
        AnyMessage::EventMessage(_) => "EventMessage",
        AnyMessage::EventMessageRequest(_) => "EventMessageRequest",
        AnyMessage::EventMessageResponse(_) => "EventMessageResponse",
        AnyMessage::Message(_) if message.odata_type() == "microsoft.graph.message" => {
            "Message(base)"
        }
        AnyMessage::Message(_) => "Message(other)",
        _ => "unknown",
    };
    reach::note(format!("{label}.{variant}"));
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Some(page) = round_trips::<Page<AnyMessage>>("models.page.message", data) {
        for row in &page.value {
            note_message("models.page.message", row);
        }
    }
    if let Some(page) = round_trips::<Page<Event>>("models.page.event", data) {
        if !page.value.is_empty() {
            reach::note("models.page.event.rows".to_owned());
        }
    }
    if let Some(message) = round_trips::<AnyMessage>("models.message", data) {
        note_message("models.message", &message);
    }
    if let Some(event) = round_trips::<Event>("models.event", data) {
        // Without a NaN, diff against itself is empty.
        let json = serde_json::to_string(&event).expect("written");
        if !json.contains("NaN") {
            assert!(event.diff(&event).is_empty(), "diff against itself");
        }
    }
    if let Some(patch) = round_trips::<EventPatch>("models.event.patch", data) {
        if !patch.is_empty() {
            reach::note("models.event.patch.nonempty".to_owned());
        }
    }
    reach::flush();
});
