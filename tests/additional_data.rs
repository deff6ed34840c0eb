//! `graph_entity::AdditionalData`: members kept in the order read, order-insensitive equality,
//! strict reading (a duplicate member is an error), the members a derived open type keeps, and
//! RFC 7396 on dynamic properties, with property tests
//! of `apply_merge_patch` against the independent `json_patch::merge`, of
//! `apply(diff) == updated` and of `apply(compose(p, q)) == apply(apply(p), q)`.
//!
//! Failure persistence is off, as in `merge_laws.rs`: a failure prints the shrunk
//! counterexample; pin it as a unit test.

use core::fmt::Write as _;

use graph_entity::AdditionalData;
use proptest::prelude::*;
use proptest::test_runner::RngAlgorithm;
use serde_json::{Value, json};

fn data(value: Value) -> AdditionalData {
    serde_json::from_value(value).expect("an object")
}

fn to_json(data: &AdditionalData) -> Value {
    serde_json::to_value(data).expect("serializes")
}

fn names(data: &AdditionalData) -> Vec<&str> {
    data.keys().collect()
}

// ---------------------------------------------------------------------------------------------
// The map
// ---------------------------------------------------------------------------------------------

/// (Inside a member's value, objects are `serde_json::Value`s and follow `serde_json`'s order.)
#[test]
fn members_keep_the_order_read_not_sorted() {
    let json = r##"{"zeta":1,"@odata.context":"ctx","alpha":{"x":2,"y":1},"m@odata.type":"#x"}"##;
    let data: AdditionalData = serde_json::from_str(json).expect("reads");
    assert_eq!(
        names(&data),
        ["zeta", "@odata.context", "alpha", "m@odata.type"]
    );
    assert_eq!(serde_json::to_string(&data).expect("writes"), json);
}

#[test]
fn insert_replaces_in_place_and_appends_new_members() {
    let mut data = data(json!({"a": 1, "b": 2}));
    assert_eq!(data.insert("a", json!("one")), Some(json!(1)));
    assert_eq!(data.insert(String::from("c"), json!(3)), None);
    assert_eq!(
        serde_json::to_string(&data).expect("writes"),
        r#"{"a":"one","b":2,"c":3}"#
    );
}

#[test]
fn remove_keeps_the_order_of_the_rest() {
    let mut data: AdditionalData =
        serde_json::from_str(r#"{"d":4,"a":1,"c":3,"b":2}"#).expect("reads");
    assert_eq!(data.remove("a"), Some(json!(1)));
    assert_eq!(data.remove("a"), None);
    assert_eq!(names(&data), ["d", "c", "b"]);
}

#[test]
fn lookups_by_name() {
    let mut data = data(json!({"a": 1}));
    assert_eq!(data.get("a"), Some(&json!(1)));
    assert_eq!(data.get("b"), None);
    assert!(data.contains_key("a"));
    assert!(!data.contains_key("A"));
    *data.get_mut("a").expect("present") = json!([1]);
    assert_eq!(data.get("a"), Some(&json!([1])));
    assert_eq!(data.get_mut("b"), None);
    assert_eq!(data.len(), 1);
    assert!(!data.is_empty());
    assert!(AdditionalData::new().is_empty());
    assert_eq!(AdditionalData::default(), AdditionalData::new());
}

#[test]
fn iterates_in_order_borrowed_and_owned() {
    let data: AdditionalData = serde_json::from_str(r#"{"b":1,"a":2}"#).expect("reads");
    let borrowed: Vec<(&str, &Value)> = data.iter().collect();
    assert_eq!(borrowed, [("b", &json!(1)), ("a", &json!(2))]);
    let by_ref: Vec<&str> = (&data).into_iter().map(|(name, _)| name).collect();
    assert_eq!(by_ref, ["b", "a"]);
    let owned: Vec<(String, Value)> = data.into_iter().collect();
    assert_eq!(
        owned,
        [("b".to_owned(), json!(1)), ("a".to_owned(), json!(2))]
    );
}

#[test]
fn collects_and_extends_like_insert() {
    let mut data: AdditionalData = [("b".to_owned(), json!(1)), ("a".to_owned(), json!(2))]
        .into_iter()
        .collect();
    data.extend([("b".to_owned(), json!(3)), ("c".to_owned(), json!(4))]);
    assert_eq!(
        serde_json::to_string(&data).expect("writes"),
        r#"{"b":3,"a":2,"c":4}"#
    );
}

#[test]
fn equality_ignores_member_order() {
    let a: AdditionalData = serde_json::from_str(r#"{"a":1,"b":2}"#).expect("reads");
    let b: AdditionalData = serde_json::from_str(r#"{"b":2,"a":1}"#).expect("reads");
    assert_eq!(a, b);
    assert_ne!(a, data(json!({"a": 1})));
    assert_ne!(a, data(json!({"a": 1, "b": 3})));
    let hash = |d: &AdditionalData| {
        use core::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(d)
    };
    assert_eq!(hash(&a), hash(&b));
}

#[test]
fn debug_shows_members_in_order() {
    let data: AdditionalData = serde_json::from_str(r#"{"b":1,"a":"x"}"#).expect("reads");
    assert_eq!(format!("{data:?}"), r#"{"b": Number(1), "a": String("x")}"#);
}

#[test]
fn duplicate_member_is_an_error_naming_it() {
    let err = serde_json::from_str::<AdditionalData>(r#"{"a":1,"b":2,"a":3}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "duplicate member `a`: each member may appear once at line 1 column 16"
    );
}

#[test]
fn non_object_is_an_error() {
    let err = serde_json::from_str::<AdditionalData>("[1]").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid type: sequence, expected a JSON object at line 1 column 0"
    );
}

#[test]
fn a_million_members_read_in_linear_time() {
    let mut json = String::from("{");
    for i in 0..1_000_000 {
        if i > 0 {
            json.push(',');
        }
        write!(json, "\"m{i}\":{i}").expect("writes to a String");
    }
    json.push('}');
    let data: AdditionalData = serde_json::from_str(&json).expect("reads");
    assert_eq!(data.len(), 1_000_000);
    assert_eq!(data.get("m999999"), Some(&json!(999_999)));
}

// ---------------------------------------------------------------------------------------------
// Through the derive (the generated code's helpers, `keep_member` and `serialize_kept_members`,
// are unit-tested in `graph-entity/src/__private/additional.rs`)
// ---------------------------------------------------------------------------------------------

/// An open type: a declared property `id`, everything else kept.
#[derive(Debug, Clone, PartialEq, graph_entity::GraphEntity)]
#[graph(odata_type = "test.open")]
pub struct Derived {
    pub id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[test]
fn derived_entity_keeps_every_undeclared_member_and_writes_it_back_after_the_declared_ones() {
    let json = r##"{"@odata.context":"ctx","id":"1","x@odata.type":"#Int64","x":"5"}"##;
    let entity: Derived = serde_json::from_str(json).expect("reads");
    assert_eq!(
        names(&entity.additional_data),
        ["@odata.context", "x@odata.type", "x"]
    );
    assert_eq!(
        serde_json::to_string(&entity).expect("writes"),
        r##"{"@odata.type":"#test.open","id":"1","@odata.context":"ctx","x@odata.type":"#Int64","x":"5"}"##
    );
    let err = serde_json::from_str::<Derived>(r#"{"x":1,"id":null,"x":2}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "duplicate property `x` of test.open: each property may appear once at line 1 column 20"
    );
}

#[test]
fn derived_entity_keeps_a_million_unknown_members_in_linear_time() {
    let mut json = String::from("{\"id\":\"1\"");
    for i in 0..1_000_000 {
        write!(json, ",\"m{i}\":{i}").expect("writes to a String");
    }
    json.push('}');
    let entity: Derived = serde_json::from_str(&json).expect("reads");
    assert_eq!(entity.additional_data.len(), 1_000_000);
    assert_eq!(entity.additional_data.get("m999999"), Some(&json!(999_999)));
}

// ---------------------------------------------------------------------------------------------
// RFC 7396: examples
// ---------------------------------------------------------------------------------------------

#[test]
fn apply_merge_patch_follows_the_rfc_7396_examples() {
    // RFC 7396, appendix A, restricted to object targets and patches.
    for (target, patch, result) in [
        (json!({"a": "b"}), json!({"a": "c"}), json!({"a": "c"})),
        (
            json!({"a": "b"}),
            json!({"b": "c"}),
            json!({"a": "b", "b": "c"}),
        ),
        (json!({"a": "b"}), json!({"a": null}), json!({})),
        (
            json!({"a": "b", "b": "c"}),
            json!({"a": null}),
            json!({"b": "c"}),
        ),
        (json!({"a": ["b"]}), json!({"a": "c"}), json!({"a": "c"})),
        (json!({"a": "c"}), json!({"a": ["b"]}), json!({"a": ["b"]})),
        (
            json!({"a": {"b": "c"}}),
            json!({"a": {"b": "d", "c": null}}),
            json!({"a": {"b": "d"}}),
        ),
        (
            json!({"a": [{"b": "c"}]}),
            json!({"a": [1]}),
            json!({"a": [1]}),
        ),
        (
            json!({"e": null}),
            json!({"a": 1}),
            json!({"e": null, "a": 1}),
        ),
        (
            json!({}),
            json!({"a": {"bb": {"ccc": null}}}),
            json!({"a": {"bb": {}}}),
        ),
    ] {
        let mut applied = data(target.clone());
        applied.apply_merge_patch(data(patch.clone()));
        assert_eq!(to_json(&applied), result, "{target} + {patch}");
    }
}

#[test]
fn apply_merge_patch_keeps_positions_and_appends_new_members() {
    let mut target: AdditionalData =
        serde_json::from_str(r#"{"c":1,"b":2,"a":3,"d":4}"#).expect("reads");
    target.apply_merge_patch(
        serde_json::from_str(r#"{"z":0,"b":null,"a":9,"d":null}"#).expect("reads"),
    );
    assert_eq!(
        serde_json::to_string(&target).expect("writes"),
        r#"{"c":1,"a":9,"z":0}"#
    );
}

#[test]
fn diff_sends_changed_sub_members_only_and_null_for_removed() {
    let read = |json: &str| serde_json::from_str::<AdditionalData>(json).expect("reads");
    let old = read(r#"{"keep":1,"obj":{"x":1,"y":{"deep":1,"same":2}},"gone":true}"#);
    let new = read(r#"{"keep":1,"obj":{"x":1,"y":{"deep":2,"same":2}},"added":[null]}"#);
    let patch = old.merge_patch_diff(&new);
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r#"{"obj":{"y":{"deep":2}},"added":[null],"gone":null}"#
    );
    assert!(old.merge_patch_diff(&old).is_empty());
}

#[test]
fn diff_cannot_set_a_member_to_null_so_applying_it_removes_the_member() {
    // The documented limit of RFC 7396: `null` in a merge patch means "remove".
    let old = data(json!({"a": 1}));
    let new = data(json!({"a": null}));
    let patch = old.merge_patch_diff(&new);
    assert_eq!(to_json(&patch), json!({"a": null}));
    let mut applied = old.clone();
    applied.apply_merge_patch(patch);
    assert_eq!(to_json(&applied), json!({}));
}

#[test]
fn compose_lets_the_later_patch_win_and_keeps_its_nulls() {
    let mut first = data(json!({"a": 1, "b": {"x": 1, "y": 1}, "c": "keep"}));
    first.compose_merge_patch(data(json!({"a": null, "b": {"y": null, "z": 2}, "d": 4})));
    assert_eq!(
        to_json(&first),
        json!({"a": null, "b": {"x": 1, "y": null, "z": 2}, "c": "keep", "d": 4})
    );
}

#[test]
fn compose_of_non_object_then_object_holds_the_object_without_its_nulls() {
    // `{"a": null}` then `{"a": {"x": 1, "y": null}}`: applied in turn, `a` becomes exactly
    // `{"x": 1}`. The composed patch is `{"a": {"x": 1}}`.
    let mut composed = data(json!({"a": null, "b": 5, "c": [1]}));
    composed.compose_merge_patch(data(json!({
        "a": {"x": 1, "y": null},
        "b": {"x": 1},
        "c": {"x": {"deep": null}}
    })));
    assert_eq!(
        to_json(&composed),
        json!({"a": {"x": 1}, "b": {"x": 1}, "c": {"x": {}}})
    );

    // Same result as applying both in turn when the target's member is absent or no object ...
    let in_turn = |target: Value| {
        let mut t = data(target);
        t.apply_merge_patch(data(json!({"a": null})));
        t.apply_merge_patch(data(json!({"a": {"x": 1, "y": null}})));
        to_json(&t)
    };
    let at_once = |target: Value| {
        let mut t = data(target);
        t.apply_merge_patch(data(json!({"a": {"x": 1}})));
        to_json(&t)
    };
    for target in [json!({}), json!({"a": 7}), json!({"a": [1]})] {
        assert_eq!(at_once(target.clone()), in_turn(target));
    }
    // ... while a target object's other members survive the composed patch (documented).
    assert_eq!(in_turn(json!({"a": {"w": 0}})), json!({"a": {"x": 1}}));
    assert_eq!(
        at_once(json!({"a": {"w": 0}})),
        json!({"a": {"w": 0, "x": 1}})
    );
}

// ---------------------------------------------------------------------------------------------
// RFC 7396: laws
// ---------------------------------------------------------------------------------------------

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    }
}

/// Member names from a small set, so that targets and patches share members.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![Just("a"), Just("b"), Just("c")].prop_map(str::to_owned)
}

/// Small JSON values; `nulls` says whether object members may be `null` (array elements may
/// always be).
fn json_value(nulls: bool) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(Value::from),
        (-2i64..3).prop_map(Value::from),
        "[xy]{0,2}".prop_map(Value::from),
    ];
    let leaf = if nulls {
        prop_oneof![1 => Just(Value::Null), 4 => leaf].boxed()
    } else {
        leaf.boxed()
    };
    leaf.prop_recursive(3, 24, 3, move |inner| {
        prop_oneof![
            prop::collection::vec(prop_oneof![Just(Value::Null), inner.clone()], 0..3)
                .prop_map(Value::Array),
            prop::collection::btree_map(name(), inner, 0..4)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

fn object(nulls: bool) -> impl Strategy<Value = Value> {
    let member = if nulls {
        prop_oneof![1 => Just(Value::Null), 4 => json_value(true)].boxed()
    } else {
        json_value(false).boxed()
    };
    prop::collection::vec((name(), member), 0..4)
        .prop_map(|members| Value::Object(members.into_iter().collect()))
}

/// `true` where composing `earlier` and `later` has no single merge patch: `earlier` sets a
/// member to a non-object and `later` to an object, at some depth.
fn inexpressible(earlier: &Value, later: &Value) -> bool {
    let (Value::Object(earlier), Value::Object(later)) = (earlier, later) else {
        return false;
    };
    later.iter().any(|(name, l)| match earlier.get(name) {
        Some(e @ Value::Object(_)) => inexpressible(e, l),
        Some(_) => l.is_object(),
        None => false,
    })
}

fn applied(target: &Value, patch: &Value) -> Value {
    let mut t = data(target.clone());
    t.apply_merge_patch(data(patch.clone()));
    to_json(&t)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn apply_merge_patch_equals_json_patch_merge(target in object(true), patch in object(true)) {
        let mut expected = target.clone();
        json_patch::merge(&mut expected, &patch);
        prop_assert_eq!(applied(&target, &patch), expected);
    }

    #[test]
    fn applying_the_diff_gives_the_updated_data(old in object(false), new in object(false)) {
        let old = data(old);
        let new = data(new);
        let mut result = old.clone();
        result.apply_merge_patch(old.merge_patch_diff(&new));
        prop_assert_eq!(result, new);
    }

    #[test]
    fn diff_is_empty_exactly_when_equal(old in object(true), new in object(true)) {
        let old = data(old);
        let new = data(new);
        prop_assert_eq!(old.merge_patch_diff(&new).is_empty(), old == new);
    }

    #[test]
    fn applying_the_composition_equals_applying_in_turn(
        target in object(true),
        first in object(true),
        later in object(true),
    ) {
        prop_assume!(!inexpressible(&first, &later));
        let mut composed = data(first.clone());
        composed.compose_merge_patch(data(later.clone()));
        let at_once = applied(&target, &to_json(&composed));
        let in_turn = applied(&applied(&target, &first), &later);
        prop_assert_eq!(at_once, in_turn);
    }
}
