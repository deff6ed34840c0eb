//! OData primitive types (`Edm.*`) that have no exact Rust standard type.
//!
//! | OData                | Rust               | wire form (a JSON string unless noted)   |
//! |----------------------|--------------------|------------------------------------------|
//! | `Edm.Date`           | [`Date`]           | `2017-09-01`                             |
//! | `Edm.DateTimeOffset` | [`DateTimeOffset`] | `2017-09-04T18:57:41.1234567Z`           |
//! | `Edm.TimeOfDay`      | [`TimeOfDay`]      | `17:00:00.0000000`                       |
//! | `Edm.Duration`       | [`Duration`]       | `PT3M29.6631862S`, `-P1DT2H`             |
//! | `Edm.Guid`           | [`Guid`]           | `5bc789cb-89cb-5bc7-cb89-c75bcb89c75b`   |
//! | `Edm.Binary`         | [`Binary`]         | base64 or base64url in, base64 out       |
//! | `Edm.Decimal`        | [`Decimal`]        | a JSON number, or a string holding one   |
//!
//! Each type checks the OData ABNF when it reads (`FromStr`, `TryFrom<&str>`, `Deserialize`)
//! and writes with `Display` and `Serialize`. Text Graph sends is **written back unchanged**:
//! a `DateTimeOffset` keeps its offset (`Z` is not `+00:00`), its seconds and its fraction
//! digits; a `TimeOfDay` its form; a `Duration`, a `Decimal` read from a string and a `Guid`
//! their exact text. Equality follows the written form, so a value is unchanged exactly when it
//! would be written the same; each type says how to compare what it denotes instead
//! ([`DateTimeOffset::instant_cmp`], [`Duration::total_nanos`], [`Guid::to_u128`], ...).
//! `Binary` is the exception: it holds bytes, and writes them in one form.
//!
//! ```
//! use graph_entity::edm::{DateTimeOffset, Duration};
//!
//! let created: DateTimeOffset = serde_json::from_str(r#""2017-01-01T00:02:43.5775965-08:00""#)?;
//! assert_eq!(created.offset_minutes(), Some(-480));
//! assert_eq!(serde_json::to_string(&created)?, r#""2017-01-01T00:02:43.5775965-08:00""#);
//!
//! // Errors say what was expected and quote what was found; inside an entity the property
//! // reader prefixes them with the property and the type.
//! let err = serde_json::from_str::<Duration>(r#""1 hour""#).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "expected an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M), found \"1 hour\" \
//!      at line 1 column 8"
//! );
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Conversions (cargo features `chrono`, `time`, `jiff`, off by default)
//!
//! Each feature converts both ways between the date-time types and the library's; `TryFrom`
//! where a value may not fit (failing with `ConversionError`, which names the value, the target
//! and why), `From` where every value fits.
//!
//! | `edm`              | `chrono`                                 | `time`           | `jiff`             |
//! |--------------------|------------------------------------------|------------------|--------------------|
//! | [`Date`]           | `NaiveDate`                              | `Date`           | `civil::Date`      |
//! | [`TimeOfDay`]      | `NaiveTime`                              | `Time`           | `civil::Time`      |
//! | [`DateTimeOffset`] | `DateTime<FixedOffset>`, `DateTime<Utc>` | `OffsetDateTime` | `ZonedDateTime`, `Timestamp` |
//! | [`Duration`]       | `TimeDelta`                              | `Duration`       | `SignedDuration`   |
//!
//! - Ranges: chrono's years reach about ±262000, `time`'s ±9999 (±999999 with its
//!   `large-dates`), jiff's ±9999; `Edm` years are any `i32`. Durations convert within `i64`
//!   seconds.
//! - Going to a library, fraction digits past the ninth are dropped (the libraries count
//!   nanoseconds) and `Z` becomes a zero offset (jiff: the `UTC` time zone).
//! - Coming from a library, values are written in the canonical form: seconds always, the
//!   shortest fraction that holds the nanoseconds ([`DateTimeOffset::with_fraction_digits`]
//!   gives Graph's 7 digits), `Z` for the UTC-only types (`DateTime<Utc>`, `Timestamp`) and
//!   `±hh:mm` for the types that carry an offset (`+00:00` for UTC); a `Duration` as
//!   `[-]PT<seconds>[.<fraction>]S`. A leap second (chrono) or an offset with seconds does not
//!   convert: `Edm` has neither. jiff's `Span` mixes calendar units and is not covered.

// `OData` is a name in prose here, not code to put in backticks.
#![allow(clippy::doc_markdown)]

mod binary;
mod clock;
mod date;
mod date_time_offset;
mod decimal;
mod duration;
mod guid;
#[cfg(any(feature = "chrono", feature = "time", feature = "jiff"))]
mod interop;
mod text;
mod time_of_day;

pub use binary::{Binary, ParseBinaryError};
pub use date::{Date, ParseDateError};
pub use date_time_offset::{DateTimeOffset, ParseDateTimeOffsetError};
pub use decimal::{Decimal, ParseDecimalError};
pub use duration::{Duration, ParseDurationError};
pub use guid::{Guid, ParseGuidError};
#[cfg(any(feature = "chrono", feature = "time", feature = "jiff"))]
pub use interop::ConversionError;
pub use time_of_day::{ParseTimeOfDayError, TimeOfDay};
