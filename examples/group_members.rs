//! Reads a page of a group's members, which Graph returns mixed (users, groups, and types this
//! program does not model), prints one line per member by kind, and writes one back.
//!
//! ```sh
//! cargo run --example group_members
//! ```
//!
//! `AnyDirectoryObject` is a polymorphic enum: each row reads as the variant its
//! `"@odata.type"` names; a type no variant names (here an `orgContact`) reads as the
//! `#[graph(other)]` variant, which keeps the type and the members it does not declare and
//! writes them back; a row without `"@odata.type"` reads as the variant of the enum's own type.

use graph_entity::{AdditionalData, GraphEntity, Page};

/// The page, as `GET /groups/{id}/members` returns it.
const MEMBERS: &str = include_str!("../tests/fixtures/poly/group_members.json");

/// The base type, and the variant that reads every type the enum does not list.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub struct DirectoryObject {
    #[graph(key)]
    pub id: String,
    pub deleted_date_time: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
    pub display_name: Option<String>,
    pub mail: Option<String>,
    pub job_title: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(key)]
    pub id: String,
    pub display_name: Option<String>,
    #[graph(default)]
    pub group_types: Vec<String>,
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

fn main() -> Result<(), serde_json::Error> {
    let page: Page<AnyDirectoryObject> = serde_json::from_str(MEMBERS)?;
    for member in &page.value {
        match member {
            AnyDirectoryObject::User(user) => println!(
                "user   {:<24} {}",
                user.display_name.as_deref().unwrap_or("(no name)"),
                user.mail.as_deref().unwrap_or("(no mail)"),
            ),
            AnyDirectoryObject::Group(group) => println!(
                "group  {:<24} {}",
                group.display_name.as_deref().unwrap_or("(no name)"),
                group.group_types.join(", "),
            ),
            AnyDirectoryObject::DirectoryObject(other) => println!(
                "other  {:<24} {} ({} undeclared properties kept)",
                other.id,
                member.odata_type(),
                other
                    .additional_data
                    .keys()
                    .filter(|name| !name.contains('@'))
                    .count(),
            ),
        }
    }
    if let Some(next) = &page.next_link {
        println!("next page: {next}");
    }

    // The contact this program does not model goes back as it came: its own type first, every
    // member it had.
    let contact = page
        .value
        .iter()
        .find(|member| member.odata_type() == "microsoft.graph.orgContact");
    if let Some(contact) = contact {
        println!("{}", serde_json::to_string_pretty(contact)?);
    }
    Ok(())
}
