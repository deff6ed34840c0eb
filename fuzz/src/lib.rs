//! Shared by the fuzz targets: the entities under test and the invariants every input must keep.

use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{Entity, GraphEntity, Patch};

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

/// Reads `data` as entity `E` and as its patch; whatever reads must write and read back the
/// same, and every error must render (no panic in a message).
pub fn check<E>(data: &[u8])
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
            let again: E = serde_json::from_slice(&json).expect("what was written reads back");
            assert_eq!(again, entity);
            // diff against itself is empty; applying it changes nothing.
            let mut copy = entity.clone();
            let patch = entity.diff(&copy);
            assert!(patch.is_empty());
            copy.apply(patch);
            assert_eq!(copy, entity);
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
    match serde_json::from_slice::<E::Patch>(data) {
        Ok(patch) => {
            let json = serde_json::to_vec(&patch).expect("a patch that was read can be written");
            let again: E::Patch =
                serde_json::from_slice(&json).expect("what was written reads back");
            assert_eq!(again, patch);
            let mut merged = patch.clone();
            merged.merge(E::Patch::default());
            assert_eq!(merged, patch);
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
}

/// Both entities under test.
pub fn check_all(data: &[u8]) {
    check::<Office365ServicesUserCounts>(data);
    check::<Gizmo>(data);
    let _ = serde_json::from_slice::<Office365ServicesUserCountsPatch>(data);
}
