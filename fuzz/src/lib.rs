//! Shared by the fuzz targets: the entities under test and the invariants every input must keep.

use graph_entity::edm::{Date, DateTimeOffset};
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{AdditionalData, Entity, Flags, GraphEntity, GraphEnum, Patch};

pub mod poly;
pub mod reach;

/// An entity with every kind of field the derive distinguishes.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "fuzz.gizmo")]
pub struct Gizmo {
    #[graph(key)]
    pub id: String,
    pub name: String,
    pub count: i64,
    pub small: Option<i32>,
    pub unsigned: Option<u32>,
    pub flag: bool,
    pub note: Option<String>,
    #[graph(read_only)]
    pub created: Option<Date>,
    #[graph(default)]
    pub sizes: Vec<i64>,
    #[graph(skip)]
    pub cache: u8,
}

/// An enum that keeps unknown members.
#[derive(Debug, Clone, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "fuzz.level")]
pub enum Level {
    Low,
    High,
    #[graph(other)]
    Other(String),
}

/// An enum that refuses unknown members; also a flags type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "fuzz.strict")]
pub enum Strict {
    One,
    Two,
}

/// The third level: leaf properties, an enum and a date-time.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "fuzz.leaf")]
pub struct Leaf {
    pub name: Option<String>,
    pub level: Option<Level>,
    pub when: Option<DateTimeOffset>,
}

/// The second level: an open type with nested values and a nested collection.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "fuzz.middle", open_type)]
pub struct Middle {
    #[graph(nested)]
    pub leaf: Option<Leaf>,
    #[graph(nested)]
    pub leaves: Option<Vec<Leaf>>,
    pub strict: Option<Strict>,
    #[graph(additional_data)]
    pub extra: AdditionalData,
}

/// Three levels of nesting, an etag, flags and kept members.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "fuzz.root")]
pub struct Root {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(etag)]
    pub etag: Option<String>,
    #[graph(nested)]
    pub middle: Option<Middle>,
    #[graph(nested)]
    pub fixed: Leaf,
    pub flags: Option<Flags<Strict>>,
    #[graph(additional_data)]
    pub extra: AdditionalData,
}

/// Reads `data` as entity `E` and as its patch; whatever reads must write and read back the
/// same, and every error must render (no panic in a message). `label` names `E` in the reach
/// report (see [`reach`]).
pub fn check<E>(label: &'static str, data: &[u8])
where
    E: Entity
        + serde::Serialize
        + serde::de::DeserializeOwned
        + PartialEq
        + std::fmt::Debug
        + Clone,
{
    match serde_json::from_slice::<E>(data) {
        Ok(entity) => {
            let json = serde_json::to_vec(&entity).expect("an entity that was read can be written");
            reach::read(label, "entity", &json);
            let again: E = serde_json::from_slice(&json).expect("what was written reads back");
            assert_eq!(again, entity);
            // diff against itself is empty; applying it changes nothing.
            let mut copy = entity.clone();
            let patch = entity.diff(&copy);
            assert!(patch.is_empty());
            copy.apply(patch);
            assert_eq!(copy, entity);
        }
        Err(error) => reach::error(label, "entity", &error.to_string()),
    }
    match serde_json::from_slice::<E::Patch>(data) {
        Ok(patch) => {
            let json = serde_json::to_vec(&patch).expect("a patch that was read can be written");
            reach::read(label, "patch", &json);
            let again: E::Patch =
                serde_json::from_slice(&json).expect("what was written reads back");
            assert_eq!(again, patch);
            let mut merged = patch.clone();
            merged.merge(E::Patch::default());
            assert_eq!(merged, patch);
        }
        Err(error) => reach::error(label, "patch", &error.to_string()),
    }
}

/// Every entity under test: the shipped one, a flat one, and a nested open one.
pub fn check_all(data: &[u8]) {
    check::<Office365ServicesUserCounts>("counts", data);
    check::<Gizmo>("gizmo", data);
    check::<Root>("root", data);
    if let Err(error) = serde_json::from_slice::<Office365ServicesUserCountsPatch>(data) {
        let _ = error.to_string();
    }
    reach::flush();
}
