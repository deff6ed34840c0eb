//! The derive on generic structs, and the container options `crate`, `patch`, `patch_derive`.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Debug;

use graph_entity::{Entity, GraphEntity, Patch};

/// A crate that re-exports `graph_entity` under another name.
mod sdk {
    pub use graph_entity as ge;
}

#[derive(Debug, Clone, PartialEq, sdk::ge::GraphEntity)]
#[graph(odata_type = "test.reexported", crate = "crate::sdk::ge")]
struct Reexported {
    name: Option<String>,
}

#[test]
fn crate_attribute_reaches_a_reexported_graph_entity() {
    let value: Reexported = serde_json::from_str(r#"{"name":"x"}"#).unwrap();
    assert_eq!(value.name.as_deref(), Some("x"));
    let patch = Reexported { name: None }.diff(&value);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#test.reexported","name":"x"}"##
    );
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "test.named",
    patch = "NamedUpdate",
    patch_derive(Eq, Hash)
)]
struct Named {
    title: String,
    size: Option<i64>,
}

#[test]
fn patch_attribute_names_the_patch_type_and_patch_derive_adds_derives() {
    fn entity_of<P: Patch>(_: &P) -> &'static str {
        P::Entity::ODATA_TYPE
    }
    let a = NamedUpdate {
        title: Some("a".to_owned()),
        ..NamedUpdate::default()
    };
    let b = NamedUpdate {
        size: Some(None),
        ..NamedUpdate::default()
    };
    // `Eq + Hash` come from `patch_derive(Eq, Hash)`.
    let set: HashSet<NamedUpdate> = [a.clone(), b, a].into_iter().collect();
    assert_eq!(set.len(), 2);
    assert_eq!(entity_of(&NamedUpdate::default()), "test.named");
}

/// Type parameters, a lifetime (`Cow<'a, str>`), a where clause, restricted visibility and
/// doc comments are carried to the patch type and the impls.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.generic")]
pub(crate) struct Generic<'a, T, K>
where
    T: Debug,
{
    /// Only in the key: the patch needs no bound on K.
    #[graph(key)]
    id: Option<K>,
    /// A borrowed-or-owned name.
    name: Cow<'a, str>,
    value: T,
    values: Option<Vec<T>>,
}

#[test]
fn generic_entity_infers_bounds_and_carries_lifetimes() {
    let json = r#"{"id": 1, "name": "n", "value": "7", "values": [1, "2"]}"#;
    let g: Generic<'_, u8, u32> = serde_json::from_str(json).unwrap();
    assert_eq!(g.id, Some(1));
    assert_eq!(g.name, "n");
    assert_eq!(g.value, 7);
    assert_eq!(g.values, Some(vec![1, 2]));

    let mut other = g.clone();
    other.name = Cow::Borrowed("m");
    let patch: GenericPatch<'_, u8, u32> = g.diff(&other);
    assert_eq!(patch.changed_properties().collect::<Vec<_>>(), ["name"]);
    assert_eq!(
        serde_json::to_string(&patch).unwrap(),
        r##"{"@odata.type":"#test.generic","name":"m"}"##
    );
    let read: GenericPatch<'_, u8, u32> = serde_json::from_str(r#"{"values": null}"#).unwrap();
    assert_eq!(read.values, Some(None));
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.cfg")]
struct WithCfg {
    always: Option<i64>,
    #[cfg(not(test))]
    never: Option<i64>,
    #[cfg(test)]
    present: Option<i64>,
}

#[test]
fn cfg_on_fields_is_carried_through() {
    let value: WithCfg = serde_json::from_str(r#"{"always":1,"never":2,"present":3}"#).unwrap();
    assert_eq!(
        value,
        WithCfg {
            always: Some(1),
            present: Some(3)
        }
    );
    assert_eq!(
        serde_json::to_string(&value).unwrap(),
        r##"{"@odata.type":"#test.cfg","always":1,"present":3}"##
    );
    let err = serde_json::from_str::<WithCfgPatch>(r#"{"never":2}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown property \"never\" in a patch of test.cfg: the patchable properties are \
         `always`, `present` at line 1 column 8"
    );
    let patch = WithCfgPatch {
        present: Some(None),
        ..Default::default()
    };
    assert_eq!(patch.changed_properties().collect::<Vec<_>>(), ["present"]);
}

/// A complex value for [`KeyedWithCfg`].
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "test.cfgInner")]
struct CfgInner {
    name: Option<String>,
    count: Option<i64>,
}

/// `cfg` on nested properties of an entity type (it has a key): its `apply` moves values out of
/// the owned patch and applies nested patches where they lie; the one compiled out must leave
/// nothing behind (a `mut` binding unused, a statement about the missing field).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.keyedCfg")]
struct KeyedWithCfg {
    #[graph(key)]
    id: String,
    #[cfg(not(test))]
    #[graph(nested)]
    never: CfgInner,
    #[cfg(test)]
    #[graph(nested)]
    present: Option<CfgInner>,
}

#[test]
fn cfg_on_nested_fields_of_an_entity_type_applies() {
    let mut value = KeyedWithCfg {
        id: "1".into(),
        present: Some(CfgInner {
            name: Some("a".into()),
            count: Some(1),
        }),
    };
    value.apply(KeyedWithCfgPatch {
        present: Some(Some(CfgInnerPatch {
            name: Some(None),
            ..Default::default()
        })),
    });
    assert_eq!(
        value.present,
        Some(CfgInner {
            name: None,
            count: Some(1)
        })
    );
    let mut inner = CfgInner::default();
    inner.apply(CfgInnerPatch {
        count: Some(Some(2)),
        ..Default::default()
    });
    assert_eq!(inner.count, Some(2));
}
