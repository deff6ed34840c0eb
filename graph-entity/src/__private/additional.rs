//! Reading `#[graph(additional_data)]`: the members a struct does not declare. (They are written
//! by `poly.rs`'s `serialize_kept_members`, which leaves out a kept `"@odata.type"`.)

use core::fmt;

use indexmap::map::Entry;
use serde::de::{Error, MapAccess};

use super::path::Path;
use crate::AdditionalData;

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
    use super::Backticked;

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
}
