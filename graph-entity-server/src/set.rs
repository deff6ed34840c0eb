//! Entity sets: the entities of one `Entity` type, each with a version counter for its ETag.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use graph_entity::Entity;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What a set needs of its entity type.
pub trait Served: Entity + Serialize + DeserializeOwned + Clone + Send + Sync + 'static {}

impl<T: Entity + Serialize + DeserializeOwned + Clone + Send + Sync + 'static> Served for T {}

/// One entity as served: its JSON (without control information) and its version.
pub struct Snapshot {
    /// `T`'s own JSON form, an object.
    pub json: String,
    /// The version counter; the ETag is `W/"<version>"`.
    pub version: u64,
}

/// Why a `PATCH` was refused.
pub enum PatchFailure {
    /// No entity with this id.
    NotFound,
    /// `If-Match` named another version.
    Stale { current: u64 },
    /// The strict patch reader refused the body; its message.
    BadBody(String),
}

/// Why a `POST` was refused.
pub enum CreateFailure {
    /// An entity with this id exists.
    Exists(String),
    /// The entity reader refused the body; its message.
    BadBody(String),
}

/// An entity set with its type erased, so that one server holds sets of several types.
pub trait EntitySet: Send + Sync {
    /// The OData type of the set's entities.
    fn odata_type(&self) -> &'static str;
    /// The entity with this id.
    fn get(&self, id: &str) -> Option<Snapshot>;
    /// Every entity, in id order.
    fn list(&self) -> Vec<Snapshot>;
    /// Reads `body` as a patch and applies it when `if_match` allows; the new snapshot.
    fn patch(
        &self,
        id: &str,
        body: &[u8],
        if_match: Option<&str>,
    ) -> Result<Snapshot, PatchFailure>;
    /// Reads `body` as an entity and adds it under its `id` (a new one when it has none).
    fn create(&self, body: &[u8]) -> Result<(String, Snapshot), CreateFailure>;
}

/// The set of entities of type `T`.
pub struct Set<T> {
    odata_type: &'static str,
    entities: Mutex<BTreeMap<String, (T, u64)>>,
}

impl<T: Served> Set<T> {
    pub fn new(entities: impl IntoIterator<Item = (String, T)>) -> Self {
        Set {
            odata_type: T::ODATA_TYPE,
            entities: Mutex::new(entities.into_iter().map(|(id, e)| (id, (e, 1))).collect()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<String, (T, u64)>> {
        // A panic while the lock was held cannot leave an entity half-applied (`apply` takes
        // the patch whole), so the data is still consistent: keep serving it.
        self.entities.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

fn snapshot<T: Serialize>(entity: &T, version: u64) -> Snapshot {
    Snapshot {
        // A derived entity writes strings, numbers and `Edm` values only; should a user type
        // ever fail, an empty object is served rather than a panic.
        json: serde_json::to_string(entity).unwrap_or_else(|_| "{}".to_owned()),
        version,
    }
}

impl<T: Served> EntitySet for Set<T> {
    fn odata_type(&self) -> &'static str {
        self.odata_type
    }

    fn get(&self, id: &str) -> Option<Snapshot> {
        self.lock().get(id).map(|(e, v)| snapshot(e, *v))
    }

    fn list(&self) -> Vec<Snapshot> {
        self.lock().values().map(|(e, v)| snapshot(e, *v)).collect()
    }

    fn patch(
        &self,
        id: &str,
        body: &[u8],
        if_match: Option<&str>,
    ) -> Result<Snapshot, PatchFailure> {
        let patch = serde_json::from_slice::<T::Patch>(body)
            .map_err(|e| PatchFailure::BadBody(e.to_string()));
        // The precondition and the change happen under one lock: two clients holding the same
        // ETag cannot both succeed (no lost update; tests/http_load.rs checks it).
        let mut entities = self.lock();
        let (entity, version) = entities.get_mut(id).ok_or(PatchFailure::NotFound)?;
        if let Some(if_match) = if_match {
            if !etag_matches(if_match, *version) {
                return Err(PatchFailure::Stale { current: *version });
            }
        }
        entity.apply(patch?);
        *version += 1;
        Ok(snapshot(entity, *version))
    }

    fn create(&self, body: &[u8]) -> Result<(String, Snapshot), CreateFailure> {
        create(&self.entities, body)
    }
}

/// Reads an entity for `POST`, finds or makes its `id` (Graph's key property of every entity,
/// `microsoft.graph.entity.id`) and stores it.
fn create<T: Served>(
    entities: &Mutex<BTreeMap<String, (T, u64)>>,
    body: &[u8],
) -> Result<(String, Snapshot), CreateFailure> {
    let bad = |e: serde_json::Error| CreateFailure::BadBody(e.to_string());
    let entity: T = serde_json::from_slice(body).map_err(bad)?;
    let mut json = serde_json::to_value(&entity).map_err(bad)?;
    let mut entities = entities.lock().unwrap_or_else(PoisonError::into_inner);
    let given = match json.get("id") {
        Some(serde_json::Value::String(id)) if !id.is_empty() => Some(id.clone()),
        _ => None,
    };
    let (id, entity) = match given {
        Some(id) if entities.contains_key(&id) => return Err(CreateFailure::Exists(id)),
        Some(id) => (id, entity),
        None => {
            // Of `len + 1` candidates, at least one is free.
            let id = (1..=entities.len() + 1)
                .map(|n| n.to_string())
                .find(|id| !entities.contains_key(id))
                .unwrap_or_default();
            if let Some(members) = json.as_object_mut() {
                members.insert("id".to_owned(), serde_json::Value::String(id.clone()));
            }
            (id, serde_json::from_value(json).map_err(bad)?)
        }
    };
    let stored = snapshot(&entity, 1);
    entities.insert(id.clone(), (entity, 1));
    Ok((id, stored))
}

/// The ETag of a version.
pub fn etag(version: u64) -> String {
    format!("W/\"{version}\"")
}

/// Whether an `If-Match` / `If-None-Match` list (`W/"3", "4"`, or `*`) names `version`.
/// Weak and strong forms compare equal: Graph sends weak ETags and expects them back in
/// `If-Match`.
pub fn etag_matches(list: &str, version: u64) -> bool {
    let wanted = format!("\"{version}\"");
    list.split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == wanted)
}

#[cfg(test)]
mod tests {
    use super::etag_matches;

    #[test]
    fn if_match_lists_weak_strong_and_star() {
        assert!(etag_matches("W/\"3\"", 3));
        assert!(etag_matches("\"1\", W/\"3\"", 3));
        assert!(etag_matches("*", 9));
        assert!(!etag_matches("W/\"2\"", 3));
        assert!(!etag_matches("W/\"33\"", 3));
        assert!(!etag_matches("", 3));
    }
}
