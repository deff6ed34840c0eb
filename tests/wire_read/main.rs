//! DESIGN.md "Wire semantics", reading: what an entity and a patch accept from JSON, and the
//! exact error for everything they refuse. One module per topic:
//!
//! - `presence`: absent, `null` and a value, for nullable, non-nullable, default and skipped
//!   properties; input that is not an object;
//! - `annotations`: `@odata.type` and the other control information and annotations;
//! - `values`: `Edm.Int64` and the other integers (numbers, strings holding numbers, ranges),
//!   strings, `Edm.Date`;
//! - `members`: duplicate, unknown, key and read-only members, wire names (`rename`,
//!   `rename_all`), and navigation bindings in a patch.

#[path = "../common/mod.rs"]
mod common;

use core::fmt::Debug;

use common::{Gadget, GadgetPatch, Widget, WidgetPatch};
use graph_entity::edm::Date;
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use serde::de::DeserializeOwned;

/// The error `json` gives when read as a `T`; panics (showing what was read) if it reads.
fn read_error<T: DeserializeOwned + Debug>(json: &str) -> String {
    match serde_json::from_str::<T>(json) {
        Ok(value) => panic!("expected an error for {json}, read {value:?}"),
        Err(err) => err.to_string(),
    }
}

fn read<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("valid input")
}

fn date(text: &str) -> Date {
    text.parse().expect("valid date")
}

mod annotations;
mod members;
mod presence;
mod values;
