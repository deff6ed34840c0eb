//! Shared models and fixtures of the graph-entity benches (see `../BENCHMARKS.md`).
//!
//! For each benchmarked entity: the `#[derive(GraphEntity)]` struct, its **twin** (the same
//! fields with serde's own derive and the equivalent serde attributes: the limit), the twin's
//! hand-written patch (`Option<Option<T>>` with a double-option helper for nullable fields), and
//! struct-patch's derived patch of the twin. Conversions and samples make every side work on
//! the same data; [`Case::check`] verifies, outside any timing, that they agree.

use graph_entity::{Entity, Patch};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub mod nested;
pub mod office;
pub mod poly;
pub mod wide;

/// `#[serde(with = "double_option")]` for a nullable patch field `Option<Option<T>>`: absent
/// (`None`, skipped by `skip_serializing_if` and filled by `default`), `null` (`Some(None)`) or
/// a value. What `serde_with::rust::double_option` does, in ten lines.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes the inner option (`null` or the value); `None` never gets here when the field
    /// has `skip_serializing_if = "Option::is_none"`.
    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    /// A present member, `null` or not, is `Some(...)`.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// The struct-patch side of an entity whose twin has none (`nested`: struct-patch replaces a
/// nested value whole, which is not the operation measured).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NoStructPatch;

impl<P> From<&P> for NoStructPatch {
    fn from(_: &P) -> Self {
        NoStructPatch
    }
}

/// Whether a twin writes the top-level `"@odata.type"` as graph-entity does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TwinType {
    /// It does not (`office365`, `wide60`): the twin writes graph-entity's JSON minus that member.
    Omitted,
    /// It does (`nested`): the twin writes exactly graph-entity's bytes.
    Written,
}

/// One benchmarked entity with everything its baselines need, built once before timing.
pub struct Case<E: Entity, T, TP, SP> {
    /// The entity (sample before the update).
    pub entity: E,
    /// The updated entity (every patchable property differs from `entity`).
    pub updated: E,
    /// A few properties set (`office365`, `wide60`: 3, one of them to `null`; `nested`: one
    /// sub-property of one nested value).
    pub sparse: E::Patch,
    /// Every patchable property set.
    pub dense: E::Patch,
    /// `entity` as the twin.
    pub twin: T,
    /// `updated` as the twin.
    pub twin_updated: T,
    /// `sparse`/`dense` as the twin's serde patch.
    pub twin_sparse: TP,
    pub twin_dense: TP,
    /// `sparse`/`dense` as struct-patch's patch.
    pub sp_sparse: SP,
    pub sp_dense: SP,
    /// The entity's JSON as graph-entity writes it (with `@odata.type`), the input of every
    /// entity deserialization.
    pub entity_json: String,
    /// The patches' JSON as graph-entity writes them, the input of every patch deserialization.
    pub sparse_json: String,
    pub dense_json: String,
    /// The untyped path: the entity's and the patches' JSON as `serde_json::Value`.
    pub entity_value: serde_json::Value,
    pub updated_value: serde_json::Value,
    pub sparse_value: serde_json::Value,
    pub dense_value: serde_json::Value,
}

impl<E, T, TP, SP> Case<E, T, TP, SP>
where
    E: Entity + Clone + PartialEq + core::fmt::Debug + Serialize + DeserializeOwned,
    T: Clone + PartialEq + core::fmt::Debug + Serialize + DeserializeOwned + for<'a> From<&'a E>,
    TP: PartialEq + core::fmt::Debug + Serialize + DeserializeOwned + for<'a> From<&'a E::Patch>,
    SP: Clone + for<'a> From<&'a E::Patch>,
{
    /// Builds every form of `entity`, `updated` and the two patches.
    ///
    /// # Panics
    ///
    /// If an entity or a patch does not serialize (a bug in the benches' models).
    pub fn new(entity: E, updated: E, sparse: E::Patch) -> Self {
        let dense = entity.diff(&updated);
        Case {
            twin: T::from(&entity),
            twin_updated: T::from(&updated),
            twin_sparse: TP::from(&sparse),
            twin_dense: TP::from(&dense),
            sp_sparse: SP::from(&sparse),
            sp_dense: SP::from(&dense),
            entity_json: serde_json::to_string(&entity).expect("entity serializes"),
            sparse_json: serde_json::to_string(&sparse).expect("patch serializes"),
            dense_json: serde_json::to_string(&dense).expect("patch serializes"),
            entity_value: to_value(&entity),
            updated_value: to_value(&updated),
            sparse_value: to_value(&sparse),
            dense_value: to_value(&dense),
            entity,
            updated,
            sparse,
            dense,
        }
    }

    /// Checks, outside any timing, that every side does the same work on the same data: the
    /// twins read and write the same JSON (bar `@odata.type` when the twin omits it, byte for
    /// byte when it writes it), the dense patch sets every patchable property, the sparse one
    /// `sparse_set`, and RFC 7396 on the `Value`s agrees with `apply`.
    ///
    /// # Panics
    ///
    /// If the sides disagree: a bench must not time sides that do different work.
    pub fn check_sides(&self, patchable: usize, sparse_set: usize, twin_type: TwinType) {
        assert_eq!(self.dense.changed_properties().count(), patchable);
        assert_eq!(self.sparse.changed_properties().count(), sparse_set);
        match twin_type {
            TwinType::Omitted => {
                let without_type = |mut v: serde_json::Value| {
                    v.as_object_mut()
                        .expect("an object")
                        .remove("@odata.type")
                        .expect("graph-entity writes @odata.type");
                    v
                };
                let twin_value = serde_json::to_value(&self.twin).expect("twin serializes");
                assert_eq!(twin_value, without_type(self.entity_value.clone()));
                for (ours, twin) in [
                    (&self.sparse_value, &self.twin_sparse),
                    (&self.dense_value, &self.twin_dense),
                ] {
                    let twin_value = serde_json::to_value(twin).expect("twin patch serializes");
                    assert_eq!(twin_value, without_type(ours.clone()));
                }
            }
            TwinType::Written => {
                let twin_json = serde_json::to_string(&self.twin).expect("twin serializes");
                assert_eq!(twin_json, self.entity_json);
                for (ours, twin) in [
                    (&self.sparse_json, &self.twin_sparse),
                    (&self.dense_json, &self.twin_dense),
                ] {
                    let twin_json = serde_json::to_string(twin).expect("twin patch serializes");
                    assert_eq!(twin_json, *ours);
                }
            }
        }
        let read: T = serde_json::from_str(&self.entity_json).expect("twin reads our JSON");
        assert_eq!(read, self.twin);
        for (json, twin) in [
            (&self.sparse_json, &self.twin_sparse),
            (&self.dense_json, &self.twin_dense),
        ] {
            let read: TP = serde_json::from_str(json).expect("twin reads our patch");
            assert_eq!(read, *twin);
        }
        let read: E = serde_json::from_str(&self.entity_json).expect("we read our JSON");
        assert_eq!(read, self.entity);

        for (patch, patch_value) in [
            (&self.sparse, &self.sparse_value),
            (&self.dense, &self.dense_value),
        ] {
            let mut typed = self.entity.clone();
            typed.apply(patch.clone());
            let mut untyped = self.entity_value.clone();
            json_patch::merge(&mut untyped, patch_value);
            // RFC 7396 removes a member set to null where the entity keeps `null`, at any depth.
            let mut expected = serde_json::to_value(&typed).expect("entity serializes");
            remove_nulls(&mut expected);
            remove_nulls(&mut untyped);
            assert_eq!(untyped, expected);
        }
        let mut applied = self.entity.clone();
        applied.apply(self.dense.clone());
        assert_eq!(applied, self.updated);
    }
}

impl<E, T, TP, SP> Case<E, T, TP, SP>
where
    E: Entity + Clone + PartialEq + core::fmt::Debug + Serialize + DeserializeOwned,
    T: Clone + PartialEq + core::fmt::Debug + Serialize + DeserializeOwned + for<'a> From<&'a E>,
    TP: PartialEq + core::fmt::Debug + Serialize + DeserializeOwned + for<'a> From<&'a E::Patch>,
    SP: Clone + for<'a> From<&'a E::Patch>,
    T: struct_patch::Patch<SP>,
{
    /// [`check_sides`](Self::check_sides) for a flat entity (3 properties in the sparse patch,
    /// a twin without `@odata.type`), and struct-patch's apply agrees.
    ///
    /// # Panics
    ///
    /// If the sides disagree: a bench must not time sides that do different work.
    pub fn check(&self, patchable: usize) {
        self.check_sides(patchable, 3, TwinType::Omitted);
        let mut twin = self.twin.clone();
        twin.apply(self.sp_dense.clone());
        assert_eq!(twin, self.twin_updated);
    }
}

/// Removes every member whose value is `null`, in objects at any depth.
fn remove_nulls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(members) => {
            members.retain(|_, v| !v.is_null());
            members.values_mut().for_each(remove_nulls);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(remove_nulls),
        _ => {}
    }
}

fn to_value<V: Serialize>(v: &V) -> serde_json::Value {
    serde_json::to_value(v).expect("serializes")
}
