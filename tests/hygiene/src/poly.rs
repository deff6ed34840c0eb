//! A polymorphic family in the hostile scope: a derived type that keeps undeclared members, the
//! enum over the family, and a collection of it in a nested position; and its tests.

// The glob is the point: it brings every shadowing item of the crate root into scope.
#[allow(unused_imports, clippy::wildcard_imports)]
use super::*;

/// A derived type of `Thing` that keeps undeclared members (the value of `AnyThing::Gadget`).
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.gadget")]
pub struct Gadget {
    /// The key.
    #[graph(key)]
    pub id: ::std::string::String,
    /// The members it does not declare.
    #[graph(additional_data)]
    pub additional_data: ::graph_entity::AdditionalData,
}

/// A polymorphic family: the base type (also the `other` variant) and a derived type.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.thing")]
pub enum AnyThing {
    /// A `hygiene.thing`, or a type no variant names.
    #[graph(other)]
    Thing(Thing),
    /// A `hygiene.gadget`.
    Gadget(Gadget),
}

/// A collection of a polymorphic type, in a nested position.
#[derive(
    ::std::fmt::Debug, ::std::clone::Clone, ::std::cmp::PartialEq, ::graph_entity::GraphEntity,
)]
#[graph(odata_type = "hygiene.shelf")]
pub struct Shelf {
    /// Things and gadgets.
    #[graph(nested)]
    pub items: ::std::vec::Vec<AnyThing>,
}

#[cfg(test)]
mod poly_tests {
    use ::std::assert_eq;
    use ::std::result::Result::Ok;

    use super::{AnyThing, Shelf};

    #[test]
    fn a_polymorphic_collection_reads_and_writes_in_a_hostile_scope() {
        let json = r##"{"items":[{"@odata.type":"#hygiene.gadget","id":"g","x":1},{"id":"t","name":"n","count":null}]}"##;
        let shelf: Shelf = ::serde_json::from_str(json).expect("valid shelf");
        assert_eq!(shelf.items[0].odata_type(), "hygiene.gadget");
        assert_eq!(shelf.items[1].odata_type(), "hygiene.thing");
        assert_eq!(
            ::serde_json::to_string(&shelf).expect("serializable"),
            r##"{"@odata.type":"#hygiene.shelf","items":[{"@odata.type":"#hygiene.gadget","id":"g","x":1},{"id":"t","name":"n","count":null,"tags":[],"created":null}]}"##
        );
        let thing: ::std::result::Result<AnyThing, _> =
            ::serde_json::from_str(r##"{"@odata.type":"#hygiene.gadget","id":"g"}"##);
        ::std::assert!(::std::matches!(thing, Ok(AnyThing::Gadget(_))));
    }
}
