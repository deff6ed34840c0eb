//! The serde JSON engines other than `serde_json`, and one body read and written through each and
//! compared with `serde_json`. Shared by the models' `docs_corpus` test (its `engines` module,
//! and the corpus's own reading with `serde_json`) and the root package's `tests/engines.rs` (its
//! real-payload fixtures).
//!
//! Every engine, `serde_json` included, is reached through `erased-serde`: a type's `Deserialize`
//! and `Serialize` are compiled once, for the erased deserializer and serializer, which forward
//! each call to the engine's own (at the price of a small forwarding table per visitor type).
//! Called directly, each of the three engines compiled every type's impls again, and this binary
//! was the slowest and largest build of the workspace (BENCHMARKS.md, "The test step's slowest
//! build").
//! The engine reads and writes exactly as its `from_str` / `to_string` do: the same deserializer,
//! then the same check that nothing but whitespace follows the value.

use std::fmt::{self, Debug};
use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A serde JSON engine compared with `serde_json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// `sonic_rs::from_str` and `sonic_rs::to_string`.
    SonicRs,
    /// `simd_json::serde::from_slice` (on a copy of the text: it parses in place) and
    /// `simd_json::serde::to_string`.
    SimdJson,
}

impl Engine {
    pub const ALL: [Engine; 2] = [Engine::SonicRs, Engine::SimdJson];

    /// Reads `text` as a `T`; a panic is an error too.
    pub fn read<T: DeserializeOwned>(self, text: &str) -> Result<T, String> {
        read(Some(self), text)
    }

    /// Writes `value` as JSON text; a panic is an error too.
    pub fn write<T: Serialize>(self, value: &T) -> Result<String, String> {
        write(Some(self), value)
    }
}

/// `serde_json::from_str`, through the erased deserializer as [`Reference::of`] reads; a panic is
/// an error too.
#[allow(
    dead_code,
    reason = "used by the docs corpus test; the root package's tests/engines.rs reads through `Reference`"
)]
pub fn read_json<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    read(None, text)
}

/// What an erased reader does with the engine's deserializer: reads one value out of it.
type Reading<'a> = dyn for<'de> FnMut(&mut dyn erased_serde::Deserializer<'de>) -> Result<(), erased_serde::Error>
    + 'a;

/// Reads `text` as a `T` with `engine` (`None`: `serde_json`); a panic is an error too. Only this
/// closure depends on `T`; the engine's side is compiled once.
fn read<T: DeserializeOwned>(engine: Option<Engine>, text: &str) -> Result<T, String> {
    let mut value = None;
    let read = catch_unwind(AssertUnwindSafe(|| {
        deserialize(engine, text, &mut |deserializer| {
            value = Some(erased_serde::deserialize::<T>(deserializer)?);
            Ok(())
        })
    }));
    match read {
        Err(_) => Err("panicked".to_owned()),
        Ok(Err(error)) => Err(error),
        Ok(Ok(())) => value.ok_or_else(|| "read no value".to_owned()),
    }
}

/// `engine`'s `from_str`, with the value read by `reading`: its deserializer over `text`, then
/// its check that only whitespace follows.
fn deserialize(
    engine: Option<Engine>,
    text: &str,
    reading: &mut Reading<'_>,
) -> Result<(), String> {
    fn erased<'de>(
        deserializer: impl serde::Deserializer<'de>,
    ) -> impl erased_serde::Deserializer<'de> {
        <dyn erased_serde::Deserializer>::erase(deserializer)
    }
    let message = |error: &dyn fmt::Display| error.to_string();
    match engine {
        None => {
            let mut deserializer = serde_json::Deserializer::from_str(text);
            reading(&mut erased(&mut deserializer)).map_err(|e| message(&e))?;
            deserializer.end().map_err(|e| message(&e))
        }
        Some(Engine::SonicRs) => {
            let mut deserializer = sonic_rs::Deserializer::from_str(text);
            reading(&mut erased(&mut deserializer)).map_err(|e| message(&e))?;
            deserializer.end().map_err(|e| message(&e))
        }
        // simd-json parses the whole text (trailing characters included) before the value is
        // read.
        Some(Engine::SimdJson) => {
            let mut bytes = text.as_bytes().to_vec();
            let mut deserializer =
                simd_json::Deserializer::from_slice(&mut bytes).map_err(|e| message(&e))?;
            reading(&mut erased(&mut deserializer)).map_err(|e| message(&e))
        }
    }
}

/// Writes `value` as JSON text with `engine` (`None`: `serde_json`); a panic is an error too.
fn write<T: Serialize>(engine: Option<Engine>, value: &T) -> Result<String, String> {
    let value: &dyn erased_serde::Serialize = value;
    let written = catch_unwind(AssertUnwindSafe(|| match engine {
        None => serde_json::to_string(value).map_err(|e| e.to_string()),
        Some(Engine::SonicRs) => sonic_rs::to_string(value).map_err(|e| e.to_string()),
        Some(Engine::SimdJson) => simd_json::serde::to_string(value).map_err(|e| e.to_string()),
    }));
    written.unwrap_or_else(|_| Err("panicked".to_owned()))
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Engine::SonicRs => "sonic-rs",
            Engine::SimdJson => "simd-json",
        })
    }
}

/// What `serde_json` made of a body: the value it read (and the JSON it writes of it), or its
/// error.
pub enum Reference<T> {
    Read(T, Value),
    Refused(String),
}

impl<T: Serialize + DeserializeOwned> Reference<T> {
    pub fn of(text: &str) -> Self {
        let value = match read::<T>(None, text) {
            Ok(value) => value,
            Err(error) => return Reference::Refused(error),
        };
        let json = json_of(&value);
        Reference::Read(value, json)
    }

    pub fn is_read(&self) -> bool {
        matches!(self, Reference::Read(..))
    }
}

/// How `engine` differs from `serde_json` (`reference`) on `text`, if it does: it must read the
/// same value (`PartialEq`) and write the same JSON (as a `serde_json::Value`), or refuse the
/// text where `serde_json` does.
pub fn difference<T>(reference: &Reference<T>, engine: Engine, text: &str) -> Option<String>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let read = engine.read::<T>(text);
    let (expected, json) = match (reference, read) {
        (Reference::Refused(_), Err(_)) => return None,
        (Reference::Refused(error), Ok(_)) => {
            return Some(format!("reads what serde_json refuses ({error})"));
        }
        (Reference::Read(..), Err(error)) => {
            return Some(format!("refuses what serde_json reads: {error}"));
        }
        // A value with a NaN equals nothing, itself included: its JSON is compared instead.
        (Reference::Read(expected, json), Ok(value))
            if value != *expected && equals_itself(expected) =>
        {
            let theirs = json_of(&value);
            let first = first_difference(json, &theirs, "")
                .unwrap_or_else(|| "the values differ where their JSON does not".to_owned());
            return Some(format!("reads another value: {first}"));
        }
        (Reference::Read(expected, json), Ok(value)) => {
            let theirs = json_of(&value);
            if let Some(first) = first_difference(json, &theirs, "") {
                return Some(format!("reads another value: {first}"));
            }
            (expected, json)
        }
    };
    let written = match engine.write(expected) {
        Ok(written) => written,
        Err(error) => return Some(format!("cannot write it: {error}")),
    };
    match serde_json::from_str::<Value>(&written) {
        Err(error) => Some(format!(
            "writes what is not JSON ({error}): {}",
            short(&written)
        )),
        Ok(theirs) => first_difference(json, &theirs, "").map(|first| format!("writes {first}")),
    }
}

/// What `serde_json` writes of `value`, as a `Value`: through its text writer (as the engines
/// write text), which `to_value` is not.
fn json_of<T: Serialize>(value: &T) -> Value {
    let written = write(None, value).expect("serde_json writes what it read");
    serde_json::from_str(&written).expect("serde_json writes JSON")
}

#[allow(clippy::eq_op, reason = "a value with a NaN is not equal to itself")]
fn equals_itself<T: PartialEq>(value: &T) -> bool {
    value == value
}

/// The first place where `ours` (`serde_json`'s) and `theirs` differ, as `path: ours, theirs`.
fn first_difference(ours: &Value, theirs: &Value, path: &str) -> Option<String> {
    match (ours, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            let keys = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k)));
            keys.into_iter().find_map(|key| {
                let here = format!("{path}/{key}");
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => first_difference(x, y, &here),
                    (x, y) => Some(format!("{here}: {} (serde_json), {}", opt(x), opt(y))),
                }
            })
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}/{i}"))),
        // `==` takes -0.0 for 0.0: the sign is compared too.
        (Value::Number(x), Value::Number(y))
            if x == y
                && x.as_f64().map(f64::is_sign_negative)
                    == y.as_f64().map(f64::is_sign_negative) =>
        {
            None
        }
        (x, y) if x == y && !x.is_number() => None,
        (x, y) => Some(format!(
            "{path}: {} (serde_json), {}",
            short_value(x),
            short_value(y)
        )),
    }
}

fn opt(value: Option<&Value>) -> String {
    value.map_or_else(|| "absent".to_owned(), short_value)
}

fn short_value(value: &Value) -> String {
    short(&value.to_string())
}

fn short(text: &str) -> String {
    match text.char_indices().nth(80) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_owned(),
    }
}

/// What one engine did over a run: bodies compared, how many `serde_json` read, and each
/// difference (where, what).
#[derive(Debug)]
pub struct Tally {
    pub engine: Engine,
    pub checked: usize,
    pub read: usize,
    pub differences: Vec<(String, String)>,
}

impl Tally {
    pub fn all() -> [Tally; 2] {
        Engine::ALL.map(|engine| Tally {
            engine,
            checked: 0,
            read: 0,
            differences: Vec::new(),
        })
    }

    /// Compares `engine`'s reading of `text` with `serde_json`'s, as a `T`.
    pub fn check<T>(tallies: &mut [Tally; 2], place: &str, text: &str)
    where
        T: Serialize + DeserializeOwned + PartialEq + Debug,
    {
        let reference = Reference::<T>::of(text);
        for tally in tallies {
            tally.checked += 1;
            tally.read += usize::from(reference.is_read());
            if let Some(what) = difference(&reference, tally.engine, text) {
                tally.differences.push((place.to_owned(), what));
            }
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} bodies checked ({} read by serde_json, {} refused), {} differences",
            self.engine,
            self.checked,
            self.read,
            self.checked - self.read,
            self.differences.len()
        )
    }
}

/// A difference of an engine's own, which no serde impl can undo: the engine, the place (as
/// [`Tally::check`] was given it), and why.
pub type Known = (Engine, &'static str, &'static str);

/// Fails listing every difference but the `known` ones, and every known one that did not occur;
/// prints each engine's counts either way.
pub fn assert_differences(tallies: &[Tally; 2], known: &[Known]) {
    let mut failures = Vec::new();
    for tally in tallies {
        println!("{tally}");
        for (place, what) in &tally.differences {
            let expected = known
                .iter()
                .any(|(engine, at, _)| *engine == tally.engine && at == place);
            if expected {
                println!("  known: {place}: {what}");
            } else {
                failures.push(format!("{}: {place}: {what}", tally.engine));
            }
        }
    }
    for (engine, place, why) in known {
        let tally = tallies.iter().find(|t| t.engine == *engine);
        if !tally.is_some_and(|t| t.differences.iter().any(|(at, _)| at == place)) {
            failures.push(format!(
                "{engine}: {place}: known to differ ({why}), but did not: remove it from the list"
            ));
        }
    }
    let counts: Vec<String> = tallies.iter().map(ToString::to_string).collect();
    assert!(
        failures.is_empty(),
        "{}\n{}",
        counts.join("\n"),
        failures.join("\n")
    );
}
