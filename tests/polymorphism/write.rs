//! Writing: a variant writes its own type first and `other` the kept one (as read, with or
//! without `#`); in a nested position the base type is not annotated and derived and kept types
//! are; `From` each variant type.

use super::*;

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

#[test]
fn the_members_page_round_trips_losing_nothing() {
    let input: Value = serde_json::from_str(MEMBERS).expect("json");
    let output = serde_json::to_value(members_page()).expect("writes");
    assert_keeps_everything(&input, &output, "");
    // And reads back as itself.
    let again: Page<AnyDirectoryObject> = serde_json::from_value(output).expect("reads back");
    assert_eq!(again, members_page());
}

#[test]
fn a_variant_writes_its_own_type_first_and_the_other_variant_the_kept_one() {
    let page = members_page();
    let user = serde_json::to_string(&page.value[4]).expect("writes");
    assert_eq!(
        user,
        r##"{"@odata.type":"#microsoft.graph.user","id":"87d349ed-44d7-43e1-9a83-5f2406dee5bd","deletedDateTime":null,"displayName":"Megan Bowen","businessPhones":[],"jobTitle":null,"mail":"MeganB@contoso.com","userPrincipalName":"MeganB@contoso.com"}"##
    );
    let contact = serde_json::to_string(&page.value[2]).expect("writes");
    assert_eq!(
        contact,
        r##"{"@odata.type":"#microsoft.graph.orgContact","id":"25caf6a2-d5cb-470d-8940-20ba795ef62d","deletedDateTime":null,"companyName":"Contoso Suites","displayName":"Alex Wilber (external)","mail":"alex@contoso-suites.com","proxyAddresses":["SMTP:alex@contoso-suites.com"]}"##
    );
    let base = serde_json::to_string(&page.value[3]).expect("writes");
    assert_eq!(
        base,
        r##"{"@odata.type":"#microsoft.graph.directoryObject","id":"4562bcc8-c436-4f95-b7c0-4f8ce89dca5e","deletedDateTime":null}"##
    );
}

#[test]
fn a_kept_type_without_hash_is_written_back_as_read() {
    let row = r#"{"@odata.type": "microsoft.graph.orgContact", "id": "c1"}"#;
    let contact: AnyDirectoryObject = serde_json::from_str(row).expect("reads");
    assert_eq!(contact.odata_type(), "microsoft.graph.orgContact");
    assert_eq!(
        serde_json::to_string(&contact).expect("writes"),
        r#"{"@odata.type":"microsoft.graph.orgContact","id":"c1","deletedDateTime":null}"#
    );
}

#[test]
fn in_a_nested_position_the_base_type_is_not_annotated_and_derived_and_kept_types_are() {
    let page = members_page();
    let team = Team {
        members: page.value[1..4].to_vec(),
        owners: Some(vec![page.value[3].clone()]),
    };
    assert_eq!(
        serde_json::to_value(&team).expect("writes"),
        json!({
            "@odata.type": "#test.team",
            "members": [
                {
                    "@odata.type": "#microsoft.graph.group",
                    "id": "02bd9fd6-8f93-4758-87c3-1fb73740a315",
                    "deletedDateTime": null,
                    "displayName": "HR Taskforce",
                    "groupTypes": ["Unified"],
                    "mail": "HRTaskforce@contoso.com",
                    "mailEnabled": true,
                    "securityEnabled": false,
                },
                {
                    "@odata.type": "#microsoft.graph.orgContact",
                    "id": "25caf6a2-d5cb-470d-8940-20ba795ef62d",
                    "deletedDateTime": null,
                    "companyName": "Contoso Suites",
                    "displayName": "Alex Wilber (external)",
                    "mail": "alex@contoso-suites.com",
                    "proxyAddresses": ["SMTP:alex@contoso-suites.com"],
                },
                {"id": "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e", "deletedDateTime": null},
            ],
            // Not `nested`: each value as a top-level object.
            "owners": [
                {
                    "@odata.type": "#microsoft.graph.directoryObject",
                    "id": "4562bcc8-c436-4f95-b7c0-4f8ce89dca5e",
                    "deletedDateTime": null,
                },
            ],
        })
    );
    let text = serde_json::to_string(&team).expect("writes");
    assert_eq!(
        serde_json::from_str::<Team>(&text).expect("reads back"),
        team
    );
}

#[test]
fn in_a_nested_position_a_kept_type_is_written_as_read() {
    let json = r#"{"members":[{"@odata.type":"microsoft.graph.orgContact","id":"c1","deletedDateTime":null}],"owners":null}"#;
    let team: Team = serde_json::from_str(json).expect("reads");
    assert_eq!(team.members[0].odata_type(), "microsoft.graph.orgContact");
    assert_eq!(
        serde_json::to_string(&team).expect("writes"),
        format!(r##"{{"@odata.type":"#test.team",{}"##, &json[1..])
    );
}

#[test]
fn from_each_variant_type() {
    let user = User {
        id: "u1".to_owned(),
        ..User::default()
    };
    let any = AnyDirectoryObject::from(user.clone());
    assert_eq!(any, AnyDirectoryObject::User(user));
    assert_eq!(any.odata_type(), "microsoft.graph.user");
    let group: AnyDirectoryObject = Group::default().into();
    assert_eq!(group.odata_type(), "microsoft.graph.group");
}
