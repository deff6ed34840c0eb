//! The test-local types: directory objects (`User`, `Group`, the polymorphic enums over them,
//! with and without `other` and a variant of their own type), messages, identities and identity
//! sets, a list item and a team (collections declared with the base type).

// Field names are Graph's property names (`user.userPrincipalName`, `group.groupTypes`);
// renaming them to please the lint would hide the wire names.
#![allow(clippy::struct_field_names)]

use super::*;

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
