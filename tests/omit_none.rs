//! `#[graph(omit_none)]`: a struct written without its `None` properties, so that an entity
//! built with `..Default::default()` is exactly the body of a `POST` (DESIGN Part 3, "What you
//! set is what is sent"). The law: every member of a read JSON object whose value is not `null`
//! is written back with the same value, and no other property is written.

use graph_entity::{AdditionalData, Entity, GraphEntity, Patch};
use proptest::prelude::*;
use serde_json::{Value, json};

/// A cut of `microsoft.graph.dateTimeTimeZone`, written without its `None`s too.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone", omit_none)]
pub struct DateTimeTimeZone {
    pub date_time: Option<String>,
    pub time_zone: Option<String>,
}

/// A cut of `microsoft.graph.event`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event", omit_none)]
pub struct Event {
    #[graph(key)]
    pub id: Option<String>,
    pub subject: Option<String>,
    #[graph(read_only)]
    pub created_date_time: Option<String>,
    pub is_all_day: Option<bool>,
    pub categories: Option<Vec<String>>,
    #[graph(nested)]
    pub start: Option<DateTimeTimeZone>,
    /// Not an `Option`: always written, even with `omit_none`.
    #[graph(default)]
    pub reminder_minutes: i32,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The same type without `omit_none`, for the contrast.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event")]
pub struct EventWithNulls {
    #[graph(key)]
    pub id: Option<String>,
    pub subject: Option<String>,
    pub is_all_day: Option<bool>,
}

#[test]
fn a_default_built_entity_is_the_create_body() {
    let event = Event {
        subject: Some("Plan".to_owned()),
        start: Some(DateTimeTimeZone {
            date_time: Some("2026-12-01T09:00:00".to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&event).expect("writes"),
        json!({
            "@odata.type": "#microsoft.graph.event",
            "subject": "Plan",
            "start": {"dateTime": "2026-12-01T09:00:00"},
            "reminderMinutes": 0,
        })
    );
    // Without `omit_none`, `None` is written as `null` (Part 1), as before.
    let plain = EventWithNulls {
        subject: Some("Plan".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&plain).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.event","id":null,"subject":"Plan","isAllDay":null}"##
    );
}

/// The length a value announces when it starts a map, and how many entries it then writes: a
/// serializer of maps only (their values are not written).
#[derive(Default)]
struct MapLength {
    announced: Option<usize>,
    written: usize,
}

type Refused = serde::de::value::Error;

fn refused() -> Refused {
    serde::ser::Error::custom("MapLength takes a map only")
}

/// The `Serializer` methods `MapLength` refuses, each taking its arguments by value.
macro_rules! refuse {
    ($($name:ident($($arg:ty),*) -> $ret:ty;)*) => {$(
        fn $name(self, $(_: $arg),*) -> Result<$ret, Refused> {
            Err(refused())
        }
    )*};
}

impl serde::Serializer for &mut MapLength {
    type Ok = ();
    type Error = Refused;
    type SerializeSeq = serde::ser::Impossible<(), Refused>;
    type SerializeTuple = serde::ser::Impossible<(), Refused>;
    type SerializeTupleStruct = serde::ser::Impossible<(), Refused>;
    type SerializeTupleVariant = serde::ser::Impossible<(), Refused>;
    type SerializeMap = Self;
    type SerializeStruct = serde::ser::Impossible<(), Refused>;
    type SerializeStructVariant = serde::ser::Impossible<(), Refused>;

    refuse! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }

    fn serialize_some<T: serde::Serialize + ?Sized>(self, _: &T) -> Result<(), Refused> {
        Err(refused())
    }

    fn serialize_newtype_struct<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Refused> {
        Err(refused())
    }

    fn serialize_newtype_variant<T: serde::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Refused> {
        Err(refused())
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self, Refused> {
        self.announced = len;
        Ok(self)
    }
}

impl serde::ser::SerializeMap for &mut MapLength {
    type Ok = ();
    type Error = Refused;

    fn serialize_key<T: serde::Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Refused> {
        self.written += 1;
        Ok(())
    }

    fn serialize_value<T: serde::Serialize + ?Sized>(&mut self, _: &T) -> Result<(), Refused> {
        Ok(())
    }

    fn end(self) -> Result<(), Refused> {
        Ok(())
    }
}

#[test]
fn objects_are_opened_without_a_length() {
    // JSON needs no length, and counting the members first cost a second walk over the
    // properties in every type's code (BENCHMARKS.md): a format that needs one is told none,
    // rather than a count that could disagree with what is written.
    let event = Event {
        id: Some("1".to_owned()),
        etag: Some("W/\"1\"".to_owned()),
        categories: Some(vec![]),
        ..Default::default()
    };
    let text = serde_json::to_string(&event).expect("writes");
    assert_eq!(
        text,
        r##"{"@odata.type":"#microsoft.graph.event","@odata.etag":"W/\"1\"","id":"1","categories":[],"reminderMinutes":0}"##
    );
    let mut length = MapLength {
        announced: Some(usize::MAX),
        ..MapLength::default()
    };
    serde::Serialize::serialize(&event, &mut length).expect("a map");
    assert_eq!(length.announced, None);
    assert_eq!(
        length.written, 5,
        "@odata.type, etag, id, categories, reminderMinutes"
    );
}

#[test]
fn explicit_nulls_read_as_none_and_are_not_written_back() {
    let read: Event = serde_json::from_value(json!({
        "id": "AAMk",
        "subject": null,
        "start": {"dateTime": "2026-12-01T09:00:00", "timeZone": null},
        "reminderMinutes": 15,
        "custom": null,
    }))
    .expect("reads");
    assert_eq!(read.subject, None);
    assert_eq!(
        serde_json::to_value(&read).expect("writes"),
        json!({
            "@odata.type": "#microsoft.graph.event",
            "id": "AAMk",
            "start": {"dateTime": "2026-12-01T09:00:00"},
            "reminderMinutes": 15,
            // An undeclared member is kept as read, `null` included: it is not a property.
            "custom": null,
        })
    );
}

#[test]
fn patches_keep_their_tri_state() {
    // Clearing a property is a patch's job: `Some(None)` still sends `null`.
    let patch = EventPatch {
        subject: Some(None),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.event","subject":null}"##
    );
    let mut event = Event {
        subject: Some("x".to_owned()),
        ..Default::default()
    };
    let before = event.clone();
    event.apply(patch.clone());
    assert_eq!(before.diff(&event), patch);
    assert!(!patch.is_empty());
}

fn member() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        Just(None),
        Just(Some(Value::Null)),
        "[a-z]{0,6}".prop_map(|s| Some(Value::String(s))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Every non-null member read is written back with its value; nothing else is written.
    #[test]
    fn non_null_members_are_written_back_and_nothing_else(
        subject in member(),
        id in member(),
        all_day in prop_oneof![Just(None), Just(Some(Value::Null)), any::<bool>().prop_map(|b| Some(Value::Bool(b)))],
        date in member(),
        zone in member(),
        with_start in any::<bool>(),
    ) {
        let mut object = serde_json::Map::new();
        let mut put = |name: &str, value: Option<Value>| {
            if let Some(value) = value {
                object.insert(name.to_owned(), value);
            }
        };
        put("subject", subject);
        put("id", id);
        put("isAllDay", all_day);
        let mut start = serde_json::Map::new();
        for (name, value) in [("dateTime", date), ("timeZone", zone)] {
            if let Some(value) = value {
                start.insert(name.to_owned(), value);
            }
        }
        if with_start {
            object.insert("start".to_owned(), Value::Object(start));
        }
        object.insert("reminderMinutes".to_owned(), json!(5));
        let read: Event = serde_json::from_value(Value::Object(object.clone())).expect("reads");
        let written = serde_json::to_value(&read).expect("writes");
        let mut expected = strip_nulls(Value::Object(object));
        expected["@odata.type"] = json!("#microsoft.graph.event");
        prop_assert_eq!(written, expected);
    }
}

fn strip_nulls(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, strip_nulls(v)))
                .collect(),
        ),
        other => other,
    }
}

#[test]
fn a_patch_debugs_as_a_struct_of_every_patchable_field() {
    let patch = EventPatch {
        subject: Some(None),
        reminder_minutes: Some(15),
        ..Default::default()
    };
    assert_eq!(
        format!("{patch:?}"),
        "EventPatch { subject: Some(None), is_all_day: None, categories: None, start: None, \
         reminder_minutes: Some(15) }"
    );
    assert!(
        patch
            .changed_properties()
            .eq(["subject", "reminderMinutes"])
    );
    assert!(!patch.is_empty());
    assert!(EventPatch::default().is_empty());
}
