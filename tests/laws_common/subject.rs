//! An entity under test, as the shared laws see it: its strategies and hand-written oracles,
//! how a second version of an entity is drawn from it, and the strategies of patch fields.

use core::fmt::Debug;

use graph_entity::{AdditionalData, Entity};
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// An entity under test: its strategies and hand-written oracles. The defaults suit a closed
/// entity type whose every patchable property merges exactly.
pub trait Subject:
    Entity + Serialize + DeserializeOwned + Clone + Debug + PartialEq + 'static
where
    Self::Patch: 'static,
{
    /// The wire names of the patchable properties, in declaration order.
    const PATCHABLE: &'static [&'static str];

    /// Whether the entity type is open: its patch then writes dynamic properties after the
    /// declared ones.
    const OPEN: bool = false;

    fn entity() -> BoxedStrategy<Self>;

    /// Every patch field independently absent, `null` (nullable only), an empty nested patch
    /// (nested only), or a value; at every depth.
    fn patch() -> BoxedStrategy<Self::Patch>;

    /// A new version of `self` that agrees with it on everything a patch cannot change (key,
    /// read-only, skipped and etag fields, the `additional_data` of closed types) at every
    /// depth; every other property, at every depth, is kept or taken from `fresh` as `coin`
    /// says (so nested values also go from `None` to `Some` and back).
    fn updated(&self, fresh: Self, coin: &mut Coin) -> Self;

    /// The wire names of the patchable properties whose values differ, in declaration order
    /// (for two entities that agree on what a patch cannot change).
    fn differing(&self, other: &Self) -> Vec<&'static str>;

    /// The dynamic properties of an open type (empty for a closed one).
    fn dynamic(&self) -> AdditionalData {
        AdditionalData::new()
    }

    /// What reading `self`'s JSON back gives: skipped fields at their default.
    fn as_read(&self) -> Self {
        self.clone()
    }

    /// Whether applying `p.merge(q)` to `self` is documented to equal applying `p` then `q`.
    /// The exceptions (see `tests/merge_laws_nested`) are where one RFC 7396 merge patch cannot
    /// hold "set, then merge into what was set".
    fn merge_is_exact(&self, _p: &Self::Patch, _q: &Self::Patch) -> bool {
        true
    }

    /// Whether `(p.merge(q)).merge(r) == p.merge(q.merge(r))` is expected: the exceptions
    /// follow from those of `merge_is_exact`.
    fn merge_is_associative(_p: &Self::Patch, _q: &Self::Patch, _r: &Self::Patch) -> bool {
        true
    }
}

/// Random bits drawn one at a time: which properties `Subject::updated` keeps at each depth.
#[derive(Debug, Clone)]
pub struct Coin {
    bits: u128,
    drawn: u32,
}

impl Coin {
    pub fn new(bits: u128) -> Self {
        Coin { bits, drawn: 0 }
    }

    /// The next bit; after 128 draws the bits repeat, rotated so that they pair differently.
    pub fn keep(&mut self) -> bool {
        let bit = self.bits & 1 == 1;
        self.bits = self.bits.rotate_right(1);
        self.drawn += 1;
        if self.drawn % 128 == 0 {
            self.bits = self.bits.rotate_right(7);
        }
        bit
    }

    /// `old` or `fresh`.
    pub fn pick<T: Clone>(&mut self, old: &T, fresh: T) -> T {
        if self.keep() { old.clone() } else { fresh }
    }
}

/// `old` and a version of it that agrees on what a patch cannot change, at every depth.
pub fn old_and_updated<E: Subject>() -> impl Strategy<Value = (E, E)> {
    (E::entity(), E::entity(), any::<u128>()).prop_map(|(old, fresh, bits)| {
        let updated = old.updated(fresh, &mut Coin::new(bits));
        (old, updated)
    })
}

/// Pushes `wire` when the two values differ.
pub fn push_if_ne<T: PartialEq>(out: &mut Vec<&'static str>, wire: &'static str, a: &T, b: &T) {
    if a != b {
        out.push(wire);
    }
}

/// A patch field of a non-nullable property: absent or set.
pub fn change<T: Debug + Clone + 'static>(
    value: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(value)
}

/// A patch field of a nullable property: absent, explicit `null`, or set.
pub fn nullable_change<T: Debug + Clone + 'static>(
    value: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<Option<T>>> {
    prop_oneof![
        Just(None),
        Just(Some(None)),
        value.prop_map(|v| Some(Some(v))),
    ]
}
