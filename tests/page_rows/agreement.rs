//! Pages that read as `Page<T>` reads them, in every chunking.

use graph_entity::{AdditionalData, GraphEntity, PageRows};

use crate::helpers::{Counts, agree};

const BETA_REPORT: &str = include_str!("../fixtures/beta-report-response.json");
const GROUP_MEMBERS: &str = include_str!("../fixtures/poly/group_members.json");

#[test]
fn beta_report_reads_as_page_reads_it() {
    let page = agree::<Counts>(BETA_REPORT);
    assert_eq!(page.value.len(), 1);
    assert!(page.context.is_some());
}

#[test]
fn control_members_before_value_after_value_and_count_as_string() {
    let links = r#""@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=X",
        "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=Y""#;
    let rows = r#""value": [{"exchangeActive": 1}, {"exchangeActive": "2"}, {}]"#;
    let context = r#""@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users""#;
    for json in [
        format!(r#"{{{context}, "@odata.count": 1234, {links}, {rows}}}"#),
        format!(r#"{{{rows}, {links}, "@odata.count": "1234", {context}}}"#),
        format!(r#"{{{links}, {rows}, {context}, "@odata.count": 1234}}"#),
    ] {
        let page = agree::<Counts>(&json);
        assert_eq!(page.count, Some(1234));
        assert_eq!(page.value.len(), 3);
    }
}

#[test]
fn links_before_value_are_known_from_the_first_row() {
    let json = r#"{"@odata.nextLink": "next", "value": [{}, {}], "@odata.deltaLink": "delta"}"#;
    let mut rows = PageRows::<_, Counts>::new(json.as_bytes());
    assert_eq!(rows.next_link(), None, "nothing is read before `next`");
    rows.next().expect("a row").expect("valid row");
    assert_eq!(rows.next_link(), Some("next"));
    assert_eq!(rows.delta_link(), None, "after `value`: not read yet");
    assert_eq!(rows.by_ref().count(), 1);
    assert_eq!(rows.delta_link(), Some("delta"));
}

#[test]
fn null_control_members_and_unknown_members_read_as_page_reads_them() {
    agree::<Counts>(
        r#"{"@odata.nextLink": null, "value": [], "@odata.count": null, "@odata.context": null}"#,
    );
    let page = agree::<Counts>(
        r##"{
            "@odata.type": "#Collection(microsoft.graph.office365ServicesUserCounts)",
            "@odata.etag": "W/\"1\"",
            "@microsoft.graph.tips": "Use $select to choose only the properties your app needs.",
            "value@odata.type": "#Collection(microsoft.graph.office365ServicesUserCounts)",
            "somethingNew": {"nested": [1, 2, {"deep": [true, false, null, -1.5e3]}]},
            "n": -12.5e-3, "t": true, "s": "x\"y\\z\u00e9",
            "v\u0061lue": [{"exchangeActive": "14"}],
            "after": [[], {}, "", 0]
        }"##,
    );
    assert_eq!(page.value[0].exchange_active, Some(14));
}

#[test]
fn rows_of_any_type_read() {
    agree::<serde_json::Value>(r#"{"value": [1, "two", {"three": 3}, null, true, -0.5, []]}"#);
    agree::<i64>(r#"{"value": [1,2 , 3 ,4]}"#);
    agree::<Option<bool>>("{\"value\":[true,null,false]}\n");
}

/// What a group's `members` holds (as in `polymorphism.rs`).
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
    pub display_name: Option<String>,
    #[graph(default)]
    pub business_phones: Vec<String>,
    pub mail: Option<String>,
    /// Single-valued navigation (`$expand=manager`).
    #[graph(navigation)]
    pub manager: Option<Box<User>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(key)]
    pub id: String,
    pub display_name: Option<String>,
    /// A collection navigation (`$expand=owners`).
    #[graph(navigation)]
    pub owners: Option<Vec<User>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    Group(Group),
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}

#[test]
fn polymorphic_page_reads_each_row_as_its_variant() {
    let page = agree::<AnyDirectoryObject>(GROUP_MEMBERS);
    let kinds: Vec<&str> = page
        .value
        .iter()
        .map(|row| match row {
            AnyDirectoryObject::User(_) => "user",
            AnyDirectoryObject::Group(_) => "group",
            AnyDirectoryObject::DirectoryObject(_) => "other",
        })
        .collect();
    assert_eq!(kinds, ["user", "group", "other", "other", "user"]);
    assert!(page.next_link.is_some());
}

#[test]
fn rows_with_expanded_navigation_read() {
    let page = agree::<AnyDirectoryObject>(
        r##"{"value": [
            {"@odata.type": "#microsoft.graph.user", "id": "1",
             "manager": {"@odata.type": "#microsoft.graph.user", "id": "2", "displayName": "Nestor"}},
            {"@odata.type": "#microsoft.graph.group", "id": "3",
             "owners": [{"@odata.type": "#microsoft.graph.user", "id": "1"}]}
        ]}"##,
    );
    let AnyDirectoryObject::User(user) = &page.value[0] else {
        panic!("a user: {:?}", page.value[0]);
    };
    assert_eq!(
        user.manager
            .as_ref()
            .and_then(|m| m.display_name.as_deref()),
        Some("Nestor")
    );
}
