//! Property tests: any directory object row, with extra members, in any member order, reads as
//! its variant and writes back losing nothing.

use super::*;

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 é\"\\\\]{0,12}"
}

fn extra() -> impl Strategy<Value = AdditionalData> {
    proptest::collection::vec(("[a-z]{1,6}", any::<i32>()), 0..3).prop_map(|members| {
        members
            .into_iter()
            .map(|(name, n)| (format!("x{name}"), json!(n)))
            .collect()
    })
}

fn any_directory_object() -> impl Strategy<Value = AnyDirectoryObject> {
    let user = (text(), proptest::option::of(text()), extra()).prop_map(|(id, name, extra)| {
        AnyDirectoryObject::User(User {
            id,
            display_name: name,
            additional_data: extra,
            ..User::default()
        })
    });
    let group = (text(), proptest::option::of(any::<bool>())).prop_map(|(id, mail_enabled)| {
        AnyDirectoryObject::Group(Group {
            id,
            mail_enabled,
            ..Group::default()
        })
    });
    let kept = prop_oneof![
        Just(None),
        Just(Some("#microsoft.graph.orgContact")),
        Just(Some("microsoft.graph.device")),
    ];
    let other = (text(), kept, extra()).prop_map(|(id, kept, mut extra)| {
        if let Some(kept) = kept {
            extra.insert("@odata.type", json!(kept));
        }
        AnyDirectoryObject::DirectoryObject(DirectoryObject {
            id,
            deleted_date_time: None,
            additional_data: extra,
        })
    });
    prop_oneof![user, group, other]
}

/// `value` written with its members in the order `order` picks (a permutation seed).
fn shuffled(value: &Value, order: &[usize]) -> String {
    let Value::Object(members) = value else {
        return value.to_string();
    };
    let mut members: Vec<(&String, &Value)> = members.iter().collect();
    for (i, pick) in order.iter().enumerate().take(members.len()) {
        let j = i + pick % (members.len() - i);
        members.swap(i, j);
    }
    let body: Vec<String> = members
        .iter()
        .map(|(name, value)| format!("{}:{}", Value::from(name.as_str()), value))
        .collect();
    format!("{{{}}}", body.join(","))
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_mix_of_variants_reads_back_as_written(
        values in proptest::collection::vec(any_directory_object(), 0..8)
    ) {
        let text = serde_json::to_string(&values).expect("writes");
        let again: Vec<AnyDirectoryObject> = serde_json::from_str(&text).expect("reads back");
        prop_assert_eq!(again, values);
    }

    #[test]
    fn any_mix_in_a_nested_collection_reads_back_as_written(
        members in proptest::collection::vec(any_directory_object(), 0..8)
    ) {
        let team = Team { owners: Some(members.clone()), members };
        let text = serde_json::to_string(&team).expect("writes");
        let again: Team = serde_json::from_str(&text).expect("reads back");
        prop_assert_eq!(again, team);
    }

    #[test]
    fn members_in_any_order_read_the_same(
        value in any_directory_object(),
        order in proptest::collection::vec(any::<usize>(), 12),
    ) {
        let json = serde_json::to_value(&value).expect("writes");
        let text = shuffled(&json, &order);
        let again: AnyDirectoryObject = serde_json::from_str(&text).expect("reads shuffled");
        prop_assert_eq!(again, value);
    }
}
