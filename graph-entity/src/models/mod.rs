//! Entities of Microsoft Graph shipped with the crate.

mod office365_services_user_counts;

pub use office365_services_user_counts::{
    Office365ServicesUserCounts, Office365ServicesUserCountsPatch,
};
