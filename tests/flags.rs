//! `graph_entity::Flags<E>`: a set of members of a flags enum type (`IsFlags="true"`), read and
//! written as `"email,sms"`, with derived enum types: a closed one and one that keeps unknown
//! members in an `Other(String)` variant. (The `Enum` trait with hand-written impls is tested
//! in `graph-entity/src/__private/enums/tests.rs`.)

use core::hash::{BuildHasher, BuildHasherDefault, Hash};
use std::collections::hash_map::DefaultHasher;

use graph_entity::{Flags, GraphEntity, GraphEnum};
use proptest::strategy::Strategy as _;

/// A closed flags enum type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "test.channel")]
pub enum Channel {
    Email,
    Sms,
    Push,
}

/// A flags enum type that keeps unknown members.
#[derive(Debug, Clone, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "test.right")]
pub enum Right {
    Read,
    Write,
    #[graph(other)]
    Other(String),
}

fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

fn write<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("writes")
}

fn other(member: &str) -> Right {
    Right::Other(member.to_owned())
}

fn hash<T: Hash>(value: &T) -> u64 {
    BuildHasherDefault::<DefaultHasher>::default().hash_one(value)
}

#[test]
fn reads_members_in_any_order_and_writes_them_in_declaration_order() {
    let flags: Flags<Channel> = read(r#""push,email""#).expect("reads");
    assert_eq!(
        flags.iter().copied().collect::<Vec<_>>(),
        [Channel::Email, Channel::Push]
    );
    assert_eq!(write(&flags), r#""email,push""#);
}

#[test]
fn reading_accepts_spaces_around_commas_and_collapses_duplicates() {
    let flags: Flags<Channel> = read(r#""sms , email,sms,  email""#).expect("reads");
    assert_eq!(flags.len(), 2);
    assert_eq!(write(&flags), r#""email,sms""#);
}

#[test]
fn empty_string_is_the_empty_set() {
    let flags: Flags<Channel> = read(r#""""#).expect("reads");
    assert!(flags.is_empty());
    assert_eq!(write(&Flags::<Channel>::new()), r#""""#);
    assert_eq!(Flags::<Channel>::default(), Flags::new());
}

#[test]
fn empty_member_is_an_error() {
    for (json, column) in [(r#""email,,sms""#, 12), (r#""email,""#, 8), (r#"" ""#, 3)] {
        assert_eq!(
            read::<Flags<Channel>>(json),
            Err(format!(
                "expected members of test.channel separated by commas (a string), found \
                 {json} (an empty member) at line 1 column {column}"
            ))
        );
    }
}

#[test]
fn unknown_member_is_an_error_with_the_closest_member() {
    assert_eq!(
        read::<Flags<Channel>>(r#""email, pusj""#),
        Err(
            "unknown member \"pusj\" of test.channel: did you mean `push`? at line 1 column 13"
                .to_owned()
        )
    );
    assert_eq!(
        read::<Flags<Channel>>(r#""fax""#),
        Err(
            "unknown member \"fax\" of test.channel: expected one of `email`, `sms`, `push` \
             at line 1 column 5"
                .to_owned()
        )
    );
}

#[test]
fn each_member_is_matched_exactly_then_ignoring_case() {
    let flags: Flags<Channel> = read(r#""Push, EMAIL,push,Email""#).expect("reads");
    assert_eq!(
        flags.iter().copied().collect::<Vec<_>>(),
        [Channel::Email, Channel::Push]
    );
    assert_eq!(write(&flags), r#""email,push""#);
    assert_eq!(
        read::<Flags<Channel>>(r#""email, Pusj""#),
        Err(
            "unknown member \"Pusj\" of test.channel: did you mean `push`? at line 1 column 13"
                .to_owned()
        )
    );
}

#[test]
fn members_in_another_case_are_known_and_the_rest_kept_verbatim() {
    let flags: Flags<Right> = read(r#""Admin,WRITE,admin,Read""#).expect("reads");
    assert_eq!(
        flags.iter().cloned().collect::<Vec<_>>(),
        [Right::Read, Right::Write, other("Admin"), other("admin")]
    );
    assert_eq!(write(&flags), r#""read,write,Admin,admin""#);
}

#[test]
fn non_string_is_an_error_naming_the_type() {
    for (json, found, column) in [
        ("3", "3", 1),
        ("null", "null", 4),
        (r#"["email"]"#, "an array", 1),
    ] {
        assert_eq!(
            read::<Flags<Channel>>(json),
            Err(format!(
                "expected members of test.channel separated by commas (a string), found {found} \
                 at line 1 column {column}"
            )),
            "{json}"
        );
    }
}

#[test]
fn unknown_members_are_kept_last_in_the_order_read() {
    let flags: Flags<Right> = read(r#""zeta,write,alpha,read,zeta""#).expect("reads");
    assert_eq!(
        flags.iter().cloned().collect::<Vec<_>>(),
        [Right::Read, Right::Write, other("zeta"), other("alpha")]
    );
    assert_eq!(write(&flags), r#""read,write,zeta,alpha""#);
}

#[test]
fn insert_and_remove_say_whether_the_set_changed() {
    let mut flags = Flags::new();
    assert!(flags.insert(Channel::Push));
    assert!(flags.insert(Channel::Email));
    assert!(!flags.insert(Channel::Push));
    assert!(flags.contains(&Channel::Email));
    assert!(!flags.contains(&Channel::Sms));
    assert_eq!(write(&flags), r#""email,push""#);
    assert!(flags.remove(&Channel::Email));
    assert!(!flags.remove(&Channel::Email));
    assert_eq!(write(&flags), r#""push""#);

    let mut rights = Flags::new();
    assert!(rights.insert(other("x")));
    assert!(rights.insert(Right::Write));
    assert!(!rights.insert(other("x")));
    assert!(rights.contains(&other("x")));
    assert!(rights.remove(&other("x")));
    assert!(!rights.contains(&other("x")));
    assert_eq!(write(&rights), r#""write""#);
}

#[test]
fn equality_and_hash_are_those_of_sets() {
    let a: Flags<Right> = [other("y"), Right::Read, other("x")].into_iter().collect();
    let b: Flags<Right> = [other("x"), other("y"), Right::Read, Right::Read]
        .into_iter()
        .collect();
    assert_eq!(a, b);
    assert_eq!(hash(&a), hash(&b));
    let mut c = b.clone();
    c.insert(Right::Write);
    assert_ne!(a, c);
    assert_ne!(
        a,
        [Right::Read, other("x")]
            .into_iter()
            .collect::<Flags<Right>>()
    );
    assert_ne!(
        a,
        [Right::Read, other("x"), other("z")]
            .into_iter()
            .collect::<Flags<Right>>()
    );
}

#[test]
fn extends_and_iterates_by_reference_and_by_value() {
    let mut flags: Flags<Channel> = [Channel::Sms].into_iter().collect();
    flags.extend([Channel::Push, Channel::Email, Channel::Sms]);
    let by_ref: Vec<&Channel> = (&flags).into_iter().collect();
    assert_eq!(by_ref, [&Channel::Email, &Channel::Sms, &Channel::Push]);
    let by_value: Vec<Channel> = flags.into_iter().collect();
    assert_eq!(by_value, [Channel::Email, Channel::Sms, Channel::Push]);
}

#[test]
fn debug_shows_a_set() {
    let flags: Flags<Channel> = [Channel::Push, Channel::Email].into_iter().collect();
    assert_eq!(format!("{flags:?}"), "{Email, Push}");
}

#[test]
fn a_million_distinct_unknown_members_read_in_linear_time() {
    let json = format!(
        "\"{}\"",
        (0..1_000_000)
            .map(|i| format!("m{i}"))
            .collect::<Vec<_>>()
            .join(",")
    );
    let flags: Flags<Right> = read(&json).expect("reads");
    assert_eq!(flags.len(), 1_000_000);
}

#[test]
fn inside_a_property_errors_name_the_property_and_the_type() {
    let err = read::<Subscription>(r#"{"channels":"email,fax"}"#).expect_err("unknown member");
    assert_eq!(
        err,
        "invalid value for property `channels` of test.subscription: unknown member \"fax\" of \
         test.channel: expected one of `email`, `sms`, `push` at line 1 column 23"
    );
}

/// A test-local entity with a non-nullable and a nullable flags property.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.subscription")]
pub struct Subscription {
    pub channels: Flags<Channel>,
    pub rights: Option<Flags<Right>>,
}

#[test]
fn entity_property_of_a_flags_type_round_trips() {
    let sub: Subscription =
        read(r#"{"channels": "push, sms", "rights": "admin,read"}"#).expect("reads");
    assert_eq!(sub.channels.len(), 2);
    assert_eq!(
        write(&sub),
        r##"{"@odata.type":"#test.subscription","channels":"sms,push","rights":"read,admin"}"##
    );
}

/// A flags enum type in the order the week is declared in Graph's schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, graph_entity::GraphEnum)]
#[graph(odata_type = "microsoft.graph.dayOfWeek")]
pub enum DayOfWeek {
    Sunday,
    Monday,
    Tuesday,
}

#[test]
fn derived_flags_read_members_in_any_case_and_write_the_schema_spelling() {
    let days: Flags<DayOfWeek> = read(r#""Sunday,MONDAY""#).expect("reads");
    assert_eq!(
        days.iter().copied().collect::<Vec<_>>(),
        [DayOfWeek::Sunday, DayOfWeek::Monday]
    );
    assert_eq!(write(&days), r#""sunday,monday""#);
    assert_eq!(read::<Flags<DayOfWeek>>(&write(&days)), Ok(days));
    assert_eq!(
        read::<Flags<DayOfWeek>>(r#""sunday,Wednesday""#),
        Err(
            "unknown member \"Wednesday\" of microsoft.graph.dayOfWeek: expected one of \
             `sunday`, `monday`, `tuesday` at line 1 column 18"
                .to_owned()
        )
    );
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config {
        cases: 1024,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn any_set_reads_back_as_written(
        members in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just(Right::Read),
                proptest::strategy::Just(Right::Write),
                "[a-z]{1,3}".prop_map(Right::Other),
            ],
            0..6,
        )
    ) {
        let flags: Flags<Right> = members.iter().cloned().collect();
        let back: Flags<Right> = read(&write(&flags)).expect("reads back");
        proptest::prop_assert_eq!(&back, &flags);
        proptest::prop_assert_eq!(back.iter().collect::<Vec<_>>(), flags.iter().collect::<Vec<_>>());
        for member in &members {
            proptest::prop_assert!(flags.contains(member));
        }
    }
}
