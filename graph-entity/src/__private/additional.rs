//! Reading `#[graph(additional_data)]`: the members a struct does not declare. (They are written
//! by `poly.rs`'s `serialize_kept_members`, which leaves out a kept `"@odata.type"`.)

use core::fmt;

use indexmap::map::Entry;
use serde::de::{Error, MapAccess};

use crate::AdditionalData;
use crate::wire::path::Path;

/// Keeps member `key` of a `odata_type` object, reading its value as a `serde_json::Value`.
/// A member already kept is an error: ``duplicate property `k` of T: each property may appear
/// once``. One hash lookup per member, so a body with a million unknown members reads in
/// linear time.
#[inline]
pub fn keep_member<'de, A: MapAccess<'de>>(
    data: &mut AdditionalData,
    odata_type: &'static str,
    key: String,
    map: &mut A,
) -> Result<(), A::Error> {
    match data.entry(key) {
        Entry::Occupied(entry) => Err(duplicate_member(odata_type, entry.key())),
        Entry::Vacant(entry) => {
            entry.insert(map.next_value()?);
            Ok(())
        }
    }
}

#[cold]
fn duplicate_member<E: Error>(odata_type: &str, name: &str) -> E {
    E::custom(format_args!(
        "{Path}duplicate property {} of {odata_type}: each property may appear once",
        Backticked(name)
    ))
}

/// How many chars of a member name an error message shows.
const MAX_NAME_CHARS: usize = 64;

/// A member name read from the input, shown in an error between backticks: whole when short,
/// else its first [`MAX_NAME_CHARS`] chars, `…` and its length in bytes (a hostile body may
/// send a 100 MB name twice).
pub(crate) struct Backticked<'a>(pub &'a str);

impl fmt::Display for Backticked<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.char_indices().nth(MAX_NAME_CHARS) {
            None => write!(f, "`{}`", self.0),
            Some((end, _)) => write!(
                f,
                "`{}…` ({} bytes)",
                self.0.get(..end).unwrap_or_default(),
                self.0.len()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use core::fmt;

    use serde::de::{Deserializer, MapAccess, Visitor};
    use serde::ser::{SerializeMap, Serializer};

    use super::{Backticked, keep_member};
    use crate::__private::serialize_kept_members;
    use crate::AdditionalData;

    #[test]
    fn short_name_is_shown_whole() {
        let name = "x".repeat(64);
        assert_eq!(Backticked(&name).to_string(), format!("`{name}`"));
    }

    #[test]
    fn long_name_is_cut_after_64_chars_with_its_length() {
        assert_eq!(
            Backticked(&"é".repeat(100)).to_string(),
            format!("`{}…` (200 bytes)", "é".repeat(64))
        );
    }

    // -----------------------------------------------------------------------------------------
    // What generated code does with the helpers (formerly in `tests/additional_data.rs`)
    // -----------------------------------------------------------------------------------------

    fn names(data: &AdditionalData) -> Vec<&str> {
        data.keys().collect()
    }

    /// What a derive with `#[graph(additional_data)]` generates, reduced to the helpers: a declared
    /// property `id`, everything else kept.
    #[derive(Debug, PartialEq)]
    struct Open {
        id: Option<String>,
        additional_data: AdditionalData,
    }

    const OPEN: &str = "test.open";

    impl<'de> serde::Deserialize<'de> for Open {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct OpenVisitor;
            impl<'de> Visitor<'de> for OpenVisitor {
                type Value = Open;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a test.open object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Open, A::Error> {
                    let mut open = Open {
                        id: None,
                        additional_data: AdditionalData::new(),
                    };
                    while let Some(key) = map.next_key::<String>()? {
                        if key == "id" {
                            open.id = map.next_value()?;
                        } else {
                            keep_member(&mut open.additional_data, OPEN, key, &mut map)?;
                        }
                    }
                    Ok(open)
                }
            }
            deserializer.deserialize_map(OpenVisitor)
        }
    }

    impl serde::Serialize for Open {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            map.serialize_entry("id", &self.id)?;
            serialize_kept_members(&self.additional_data, &mut map)?;
            map.end()
        }
    }

    #[test]
    fn keep_member_keeps_undeclared_members_and_annotations_in_order() {
        let json = r##"{"@odata.context":"ctx","id":"1","x@odata.type":"#Int64","x":"5","@removed":{"reason":"deleted"}}"##;
        let open: Open = serde_json::from_str(json).expect("reads");
        assert_eq!(open.id.as_deref(), Some("1"));
        assert_eq!(
            names(&open.additional_data),
            ["@odata.context", "x@odata.type", "x", "@removed"]
        );
        assert_eq!(
            serde_json::to_string(&open).expect("writes"),
            r##"{"id":"1","@odata.context":"ctx","x@odata.type":"#Int64","x":"5","@removed":{"reason":"deleted"}}"##
        );
    }

    #[test]
    fn keep_member_refuses_a_duplicate_naming_property_and_type() {
        let err = serde_json::from_str::<Open>(r#"{"x":1,"x":2}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "duplicate property `x` of test.open: each property may appear once at line 1 column 10"
        );
    }

    #[test]
    fn keep_member_bounds_a_huge_duplicate_name_in_the_message() {
        let name = "n".repeat(1000);
        let err =
            serde_json::from_str::<Open>(&format!(r#"{{"{name}":1,"{name}":2}}"#)).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "duplicate property `{}…` (1000 bytes) of test.open: each property may appear once \
                 at line 1 column 2008",
                "n".repeat(64)
            )
        );
    }
}
