//! A polymorphic family for `poly_page` and `page_rows`: a base type with an `other` variant
//! that keeps rows of unknown types, two derived types (one nesting a collection of the base),
//! and an enum of the same family without `other`.

use graph_entity::{AdditionalData, GraphEntity};

use crate::reach;

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

/// Notes the variant `row` was read as (under `prefix`), and those of a group's members.
pub fn note_any(prefix: &str, row: &AnyDirectoryObject) {
    if !reach::enabled() {
        return;
    }
    match row {
        AnyDirectoryObject::User(_) => reach::note(format!("{prefix}.User")),
        AnyDirectoryObject::Group(group) => {
            reach::note(format!("{prefix}.Group"));
            note_members(prefix, group);
        }
        AnyDirectoryObject::DirectoryObject(_) if row.odata_type() == "fuzz.directoryObject" => {
            reach::note(format!("{prefix}.DirectoryObject(base)"));
        }
        AnyDirectoryObject::DirectoryObject(_) => {
            reach::note(format!("{prefix}.DirectoryObject(other)"));
        }
    }
}

/// Notes the variant `row` was read as (under `prefix`), and those of a group's members.
pub fn note_principal(prefix: &str, row: &Principal) {
    if !reach::enabled() {
        return;
    }
    match row {
        Principal::User(_) => reach::note(format!("{prefix}.User")),
        Principal::Group(group) => {
            reach::note(format!("{prefix}.Group"));
            note_members(prefix, group);
        }
    }
}

fn note_members(prefix: &str, group: &Group) {
    if let Some(members) = &group.members {
        let prefix = format!("{prefix}.Group.members[]");
        for member in members {
            note_any(&prefix, member);
        }
    }
}
