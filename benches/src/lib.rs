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

pub mod experiments;
pub mod office;
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

/// One benchmarked entity with everything its baselines need, built once before timing.
pub struct Case<E: Entity, T, TP, SP> {
    /// The entity (sample before the update).
    pub entity: E,
    /// The updated entity (every patchable property differs from `entity`).
    pub updated: E,
    /// 3 properties set (one of them to `null` where the entity has a nullable one).
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
    T: struct_patch::Patch<SP>,
{
    /// Builds every form of `entity`, `updated` and the two patches.
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
    /// twins read and write the same JSON (bar `@odata.type`), the dense patch sets every
    /// patchable property, and RFC 7396 on the `Value`s agrees with `apply`.
    pub fn check(&self, patchable: usize) {
        assert_eq!(self.dense.changed_properties().count(), patchable);
        assert_eq!(self.sparse.changed_properties().count(), 3);
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
        let read: T = serde_json::from_str(&self.entity_json).expect("twin reads our JSON");
        assert_eq!(read, self.twin);
        let read: TP = serde_json::from_str(&self.dense_json).expect("twin reads our patch");
        assert_eq!(read, self.twin_dense);
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
            // RFC 7396 removes a member set to null where the entity keeps `null`.
            let mut expected = serde_json::to_value(&typed).expect("entity serializes");
            expected
                .as_object_mut()
                .expect("an object")
                .retain(|_, v| !v.is_null());
            let mut untyped_non_null = untyped;
            untyped_non_null
                .as_object_mut()
                .expect("an object")
                .retain(|_, v| !v.is_null());
            assert_eq!(untyped_non_null, expected);
        }
        let mut applied = self.entity.clone();
        applied.apply(self.dense.clone());
        assert_eq!(applied, self.updated);
        let mut twin = self.twin.clone();
        twin.apply(self.sp_dense.clone());
        assert_eq!(twin, self.twin_updated);
    }
}

fn to_value<V: Serialize>(v: &V) -> serde_json::Value {
    serde_json::to_value(v).expect("serializes")
}
