//! Arbitrary bytes as a page of a polymorphic type: reading never panics, every error renders,
//! and a page that reads is written and read back as itself, whatever the order of its members
//! (the buffered path) and whatever types its rows name (the `other` variant keeps them).
#![no_main]

use graph_entity::Page;
use graph_entity_fuzz::poly::{AnyDirectoryObject, Principal, note_any, note_principal};
use graph_entity_fuzz::reach;

fn round_trips<T>(label: &str, data: &[u8], note: fn(&str, &T))
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + core::fmt::Debug,
{
    let page = match serde_json::from_slice::<Page<T>>(data) {
        Ok(page) => page,
        Err(error) => return reach::error(label, "page", &error.to_string()),
    };
    for row in &page.value {
        note(label, row);
    }
    let written = serde_json::to_vec(&page).expect("a page that reads is written");
    let again: Page<T> = serde_json::from_slice(&written).expect("a written page reads back");
    assert_eq!(again, page);
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    round_trips::<AnyDirectoryObject>("any", data, note_any);
    round_trips::<Principal>("principal", data, note_principal);
    reach::flush();
});
