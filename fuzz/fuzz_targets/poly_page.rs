//! Arbitrary bytes as a page of a polymorphic type: reading never panics, and a page that reads
//! is written and read back as itself, whatever the order of its members (the buffered path)
//! and whatever types its rows name (the `other` variant keeps them).
#![no_main]

use graph_entity::{AdditionalData, GraphEntity, Page};

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "fuzz.directoryObject")]
pub struct DirectoryObject {
    #[graph(key)]
    pub id: String,
    pub deleted: Option<bool>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "fuzz.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
    pub name: Option<String>,
    pub count: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "fuzz.group")]
pub struct Group {
    #[graph(key)]
    pub id: String,
    #[graph(default)]
    pub tags: Vec<String>,
    #[graph(nested)]
    pub members: Option<Vec<AnyDirectoryObject>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "fuzz.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    Group(Group),
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}

/// Without `other`: unknown and missing types are errors.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "fuzz.directoryObject")]
pub enum Principal {
    User(User),
    Group(Group),
}

fn round_trips<T>(data: &[u8])
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + core::fmt::Debug,
{
    let Ok(page) = serde_json::from_slice::<Page<T>>(data) else {
        return;
    };
    let written = serde_json::to_vec(&page).expect("a page that reads is written");
    let again: Page<T> = serde_json::from_slice(&written).expect("a written page reads back");
    assert_eq!(again, page);
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    round_trips::<AnyDirectoryObject>(data);
    round_trips::<Principal>(data);
});
