//! Polymorphic pages (issue 11): a 1,000-row page of users and groups read as
//! `Page<AnyDirectoryObject>`, the derive's polymorphic enum dispatched on `"@odata.type"`,
//! against what a user would otherwise write (`BENCHMARKS.md`, "Polymorphic page (issue 11)"):
//!
//! - **serde-tagged** (the limit for a mixed page): serde's internally tagged enum
//!   `#[serde(tag = "@odata.type")]` over twin structs ([`DirectoryObjectTwin`]), in a page that
//!   holds `value` only ([`PageTwin`]);
//! - **struct** (the limit for a page of one type): the same all-user rows read as `Page<User>`,
//!   graph-entity's plain struct, so the ratio is the price of the dispatch alone.
//!
//! The models are those of the scratch measurement the figures first came from (`User` 8
//! properties, `Group` 8, the base `DirectoryObject` as the `other` variant). The samples are
//! built as values and written by graph-entity, so their rows are known: [`PolyCase::check`]
//! verifies, outside any timing, that every side reads every page to those same rows.

use graph_entity::{GraphEntity, Page};
use serde::Deserialize;

// ---------------------------------------------------------------------------------------------
// graph-entity

/// `microsoft.graph.directoryObject`, the base type: the `other` variant.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub struct DirectoryObject {
    #[graph(key)]
    pub id: String,
    pub deleted_date_time: Option<String>,
}

/// `microsoft.graph.user` (8 of its properties).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
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
    pub account_enabled: Option<bool>,
}

/// `microsoft.graph.group` (8 of its properties).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
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
    pub visibility: Option<String>,
}

/// A directory object of any type: the derive's polymorphic enum.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    Group(Group),
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}

// ---------------------------------------------------------------------------------------------
// serde twins

/// [`User`] with serde's derive.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserTwin {
    pub id: String,
    pub deleted_date_time: Option<String>,
    pub display_name: Option<String>,
    #[serde(default)]
    pub business_phones: Vec<String>,
    pub job_title: Option<String>,
    pub mail: Option<String>,
    pub user_principal_name: Option<String>,
    pub account_enabled: Option<bool>,
}

/// [`Group`] with serde's derive.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupTwin {
    pub id: String,
    pub deleted_date_time: Option<String>,
    pub display_name: Option<String>,
    #[serde(default)]
    pub group_types: Vec<String>,
    pub mail: Option<String>,
    pub mail_enabled: Option<bool>,
    pub security_enabled: Option<bool>,
    pub visibility: Option<String>,
}

/// serde's internally tagged enum. No fallback variant: serde's `#[serde(other)]` takes unit
/// variants only, so an unknown type is an error here (the samples hold none).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "@odata.type")]
pub enum DirectoryObjectTwin {
    #[serde(rename = "#microsoft.graph.user")]
    User(UserTwin),
    #[serde(rename = "#microsoft.graph.group")]
    Group(GroupTwin),
}

/// A page as serde would read it: `value` only (the samples hold no control information).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PageTwin<T> {
    pub value: Vec<T>,
}

impl From<&User> for UserTwin {
    fn from(u: &User) -> Self {
        UserTwin {
            id: u.id.clone(),
            deleted_date_time: u.deleted_date_time.clone(),
            display_name: u.display_name.clone(),
            business_phones: u.business_phones.clone(),
            job_title: u.job_title.clone(),
            mail: u.mail.clone(),
            user_principal_name: u.user_principal_name.clone(),
            account_enabled: u.account_enabled,
        }
    }
}

impl From<&Group> for GroupTwin {
    fn from(g: &Group) -> Self {
        GroupTwin {
            id: g.id.clone(),
            deleted_date_time: g.deleted_date_time.clone(),
            display_name: g.display_name.clone(),
            group_types: g.group_types.clone(),
            mail: g.mail.clone(),
            mail_enabled: g.mail_enabled,
            security_enabled: g.security_enabled,
            visibility: g.visibility.clone(),
        }
    }
}

impl From<&AnyDirectoryObject> for DirectoryObjectTwin {
    /// # Panics
    ///
    /// On the `other` variant, which the twin cannot hold (the samples have none).
    fn from(row: &AnyDirectoryObject) -> Self {
        match row {
            AnyDirectoryObject::User(u) => DirectoryObjectTwin::User(u.into()),
            AnyDirectoryObject::Group(g) => DirectoryObjectTwin::Group(g.into()),
            AnyDirectoryObject::DirectoryObject(_) => panic!("the twin has no `other` variant"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Samples

/// Rows per page.
pub const ROWS: usize = 1000;

/// User number `i`.
pub fn user(i: usize) -> User {
    User {
        id: format!("{i:08}-1111-2222-3333-444455556666"),
        deleted_date_time: None,
        display_name: Some(format!("User number {i}")),
        business_phones: vec![format!("+1 425 555 0{i:03}")],
        job_title: Some("Retail Manager".to_owned()),
        mail: Some(format!("user{i}@contoso.com")),
        user_principal_name: Some(format!("user{i}@contoso.com")),
        account_enabled: Some(true),
    }
}

/// Group number `i`.
pub fn group(i: usize) -> Group {
    Group {
        id: format!("{i:08}-aaaa-bbbb-cccc-ddddeeeeffff"),
        deleted_date_time: None,
        display_name: Some(format!("Group number {i}")),
        group_types: vec!["Unified".to_owned()],
        mail: Some(format!("group{i}@contoso.com")),
        mail_enabled: Some(true),
        security_enabled: Some(false),
        visibility: Some("Public".to_owned()),
    }
}

/// [`ROWS`] rows, users (even rows) and groups (odd rows) alternating.
pub fn mixed_rows() -> Vec<AnyDirectoryObject> {
    (0..ROWS)
        .map(|i| {
            if i % 2 == 0 {
                AnyDirectoryObject::User(user(i))
            } else {
                AnyDirectoryObject::Group(group(i))
            }
        })
        .collect()
}

/// [`ROWS`] users.
pub fn user_rows() -> Vec<User> {
    (0..ROWS).map(user).collect()
}

/// A page's JSON as graph-entity writes it: `{"value":[...]}`, each row with `"@odata.type"`
/// first (as Graph writes it), or, `type_last`, moved to the end of the row (the buffered path).
///
/// # Panics
///
/// If a row does not serialize or does not start with `"@odata.type"`.
pub fn page_json<R: serde::Serialize>(rows: &[R], type_last: bool) -> String {
    let rows: Vec<String> = rows
        .iter()
        .map(|row| {
            let json = serde_json::to_string(row).expect("row serializes");
            if type_last {
                move_type_last(&json)
            } else {
                json
            }
        })
        .collect();
    format!("{{\"value\":[{}]}}", rows.join(","))
}

/// `{"@odata.type":"#t",rest}` as `{rest,"@odata.type":"#t"}`.
fn move_type_last(row: &str) -> String {
    let after = row
        .strip_prefix("{\"@odata.type\":\"")
        .expect("graph-entity writes @odata.type first");
    let end = after.find('"').expect("a type name");
    let (type_name, rest) = (&after[..end], &after[end + 1..]);
    let members = rest
        .strip_prefix(',')
        .and_then(|r| r.strip_suffix('}'))
        .expect("more members");
    format!("{{{members},\"@odata.type\":\"{type_name}\"}}")
}

/// The three pages and the rows they hold, built once before timing.
pub struct PolyCase {
    /// Users and groups alternating.
    pub mixed_rows: Vec<AnyDirectoryObject>,
    /// Users only.
    pub user_rows: Vec<User>,
    /// `mixed_rows`, `"@odata.type"` first in each row.
    pub mixed_json: String,
    /// `mixed_rows`, `"@odata.type"` last in each row (the derive buffers the members before it).
    pub mixed_type_last_json: String,
    /// `user_rows`, `"@odata.type"` first in each row.
    pub users_json: String,
}

impl Default for PolyCase {
    fn default() -> Self {
        Self::new()
    }
}

impl PolyCase {
    /// Builds the rows and writes the pages.
    pub fn new() -> Self {
        let mixed_rows = mixed_rows();
        let user_rows = user_rows();
        PolyCase {
            mixed_json: page_json(&mixed_rows, false),
            mixed_type_last_json: page_json(&mixed_rows, true),
            users_json: page_json(&user_rows, false),
            mixed_rows,
            user_rows,
        }
    }

    /// Checks, outside any timing, that every side reads the same rows: the derive's enum reads
    /// each page (type first or last) to the sample rows, serde's tagged enum to their twins,
    /// `Page<User>` to the same users as `Page<AnyDirectoryObject>`, and the type-last page holds
    /// the same bytes as the type-first one, reordered.
    ///
    /// # Panics
    ///
    /// If the sides disagree: a bench must not time sides that do different work.
    pub fn check(&self) {
        let users = self
            .mixed_rows
            .iter()
            .filter(|r| matches!(r, AnyDirectoryObject::User(_)))
            .count();
        assert_eq!((users, self.mixed_rows.len()), (ROWS / 2, ROWS));
        assert_eq!(self.mixed_type_last_json.len(), self.mixed_json.len());
        assert_ne!(self.mixed_type_last_json, self.mixed_json);

        let twins: Vec<DirectoryObjectTwin> = self.mixed_rows.iter().map(Into::into).collect();
        for json in [&self.mixed_json, &self.mixed_type_last_json] {
            let ours: Page<AnyDirectoryObject> = serde_json::from_str(json).expect("reads");
            assert_eq!(ours.value, self.mixed_rows);
            let ours: Page<AnyDirectoryObject> =
                serde_json::from_slice(json.as_bytes()).expect("reads");
            assert_eq!(ours.value, self.mixed_rows);
            let theirs: PageTwin<DirectoryObjectTwin> =
                serde_json::from_str(json).expect("serde reads");
            assert_eq!(theirs.value, twins);
            let theirs: PageTwin<DirectoryObjectTwin> =
                serde_json::from_slice(json.as_bytes()).expect("serde reads");
            assert_eq!(theirs.value, twins);
        }

        let poly: Page<AnyDirectoryObject> = serde_json::from_str(&self.users_json).expect("reads");
        let as_users: Vec<User> = poly
            .value
            .into_iter()
            .map(|row| match row {
                AnyDirectoryObject::User(u) => u,
                other => panic!("not a user: {other:?}"),
            })
            .collect();
        assert_eq!(as_users, self.user_rows);
        let plain: Page<User> = serde_json::from_str(&self.users_json).expect("reads");
        assert_eq!(plain.value, self.user_rows);
        let plain: Page<User> = serde_json::from_slice(self.users_json.as_bytes()).expect("reads");
        assert_eq!(plain.value, self.user_rows);
        let tagged: PageTwin<DirectoryObjectTwin> =
            serde_json::from_str(&self.users_json).expect("serde reads");
        let user_twins: Vec<DirectoryObjectTwin> = self
            .user_rows
            .iter()
            .map(|u| DirectoryObjectTwin::User(u.into()))
            .collect();
        assert_eq!(tagged.value, user_twins);
        let twin: PageTwin<UserTwin> = serde_json::from_str(&self.users_json).expect("serde reads");
        assert!(
            twin.value
                .iter()
                .zip(&self.user_rows)
                .all(|(t, u)| *t == UserTwin::from(u))
        );
        assert_eq!(twin.value.len(), ROWS);
    }
}
