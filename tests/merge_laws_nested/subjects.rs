//! The types under test (three levels of nesting, enums, flags, open and closed types) and the
//! [`NestedSubject`] trait: what the nested laws need to know of each top-level entity beyond
//! the shared `Subject` (`tests/laws_common`).

use super::*;

mod calendar;
mod notebook;

pub(crate) use calendar::*;
pub(crate) use notebook::*;

/// An enum type without an `other` variant (unknown members are errors).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "graphEntity.mergeLaws.importance")]
pub(crate) enum Importance {
    Low,
    #[graph(default)]
    Normal,
    High,
    UnknownFutureValue,
}

/// An enum type that keeps unknown members.
#[derive(Debug, Clone, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "graphEntity.mergeLaws.availability")]
pub(crate) enum Availability {
    Free,
    Busy,
    WorkingElsewhere,
    #[graph(other)]
    Other(String),
}

/// A flags enum type (`Flags<Channel>` properties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "graphEntity.mergeLaws.channel")]
pub(crate) enum Channel {
    Email,
    Sms,
    Push,
}

/// The leaf level: a complex type of primitive, enum and flags properties only. Its
/// non-nullable properties have non-`null` defaults (`0`, `"normal"`, `""`), which is what a
/// nested patch onto `null` starts from.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.reminder")]
pub(crate) struct Reminder {
    pub(crate) fire_at: Option<DateTimeOffset>,
    pub(crate) minutes_before: i32,
    pub(crate) message: Option<String>,
    pub(crate) importance: Importance,
    pub(crate) channels: Flags<Channel>,
}

/// A complex type in a collection (`Vec<Slot>`, `Option<Vec<Slot>>`: replaced whole), closed,
/// keeping undeclared members.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.slot")]
pub(crate) struct Slot {
    pub(crate) start: DateTimeOffset,
    pub(crate) end: Option<DateTimeOffset>,
    pub(crate) status: Availability,
    #[graph(additional_data)]
    pub(crate) additional_data: AdditionalData,
}

/// What the nested suite's own laws need beyond the shared [`Subject`]: where the nested
/// values are, for the RFC 7396 oracle and for the laws on `@odata.type`.
pub(crate) trait NestedSubject: Subject {
    /// What is at `path` (wire names from the top): a `#[graph(nested)]` single value (not a
    /// collection), with the JSON of `C::default()` when `C` implements `Default`.
    fn nested_at(path: &[&str]) -> NestedAt;

    /// The present nested patches of `patch`: the path of wire names to each, and whether it is
    /// empty.
    fn nested_patches(patch: &Self::Patch) -> Vec<(Vec<&'static str>, bool)>;

    /// `self` where every nested value that `patch` would patch while it is `None` is replaced
    /// by the value at the same place in `fresh` (or, if that is `None` too, the default): after
    /// it, no nested patch of `patch` lands on `null`.
    fn without_none_under(self, patch: &Self::Patch, fresh: Self) -> Self;
}

/// What a path of wire names leads to, for the RFC 7396 oracle.
pub(crate) enum NestedAt {
    /// Not a nested single value: RFC 7396 applies unchanged below.
    Nothing,
    /// A non-nullable nested value of a type without `Default`: never `null`, and the oracle
    /// goes down into it.
    Value,
    /// A nested value of a type with `Default`: the JSON of `C::default()` (without
    /// `@odata.type`), where a nested patch onto `null` starts.
    WithDefault(Value),
}

/// Evolves a nullable nested value: both present, the value is evolved property by property
/// (`evolve`) or replaced; otherwise it is kept or replaced, which covers `None` -> `Some` and
/// `Some` -> `None`. The types that appear as `Option<C>` have nothing a patch cannot change
/// (or only dynamic properties, which are patchable), so replacing is always reachable.
pub(crate) fn evolve_option<T: Clone>(
    old: Option<&T>,
    fresh: Option<T>,
    coin: &mut Coin,
    evolve: impl FnOnce(&T, T, &mut Coin) -> T,
) -> Option<T> {
    match (old, fresh) {
        (Some(old), Some(fresh)) if coin.keep() => Some(evolve(old, fresh, coin)),
        (old, fresh) => coin.pick(&old.cloned(), fresh),
    }
}

pub(crate) fn evolve_reminder(old: &Reminder, fresh: Reminder, coin: &mut Coin) -> Reminder {
    Reminder {
        fire_at: coin.pick(&old.fire_at, fresh.fire_at),
        minutes_before: coin.pick(&old.minutes_before, fresh.minutes_before),
        message: coin.pick(&old.message, fresh.message),
        importance: coin.pick(&old.importance, fresh.importance),
        channels: coin.pick(&old.channels, fresh.channels),
    }
}

/// Each member of `old` kept or dropped, each member of `fresh` added (or replacing) or not.
pub(crate) fn evolve_dynamic(
    old: &AdditionalData,
    fresh: AdditionalData,
    coin: &mut Coin,
) -> AdditionalData {
    let mut out: AdditionalData = old
        .iter()
        .filter(|_| coin.keep())
        .map(|(name, value)| (name.to_owned(), value.clone()))
        .collect();
    for (name, value) in fresh {
        if !coin.keep() {
            out.insert(name, value);
        }
    }
    out
}

pub(crate) fn reminder_nested_patches(
    out: &mut Vec<(Vec<&'static str>, bool)>,
    at: &[&'static str],
    patch: Option<&ReminderPatch>,
) {
    if let Some(patch) = patch {
        out.push((at.to_vec(), patch.is_empty()));
    }
}

/// The JSON of `value` without its top-level `@odata.type` (how a nested value is written).
pub(crate) fn nested_json<T: Serialize>(value: &T) -> Value {
    let mut json = serde_json::to_value(value).expect("a derived type serializes");
    if let Value::Object(members) = &mut json {
        members.remove("@odata.type");
    }
    json
}

/// The value in `fresh` if there is one, else the default: what fills a `None` that a patch
/// lands on.
pub(crate) fn filled<T: Default>(fresh: Option<T>) -> T {
    fresh.unwrap_or_default()
}

/// Whether applying the composition of the dynamic-property patches `p` then `q` to `target`
/// (`None`: any target) is documented to equal applying them in turn
/// (`AdditionalData::compose_merge_patch`): not when, at some depth, `p` sets a member to a
/// non-object, `q` sets it to an object, and the target's member is an object (the composed
/// patch merges into it instead of replacing it).
pub(crate) fn dynamic_merge_is_exact(
    target: Option<&AdditionalData>,
    p: &AdditionalData,
    q: &AdditionalData,
) -> bool {
    q.iter().all(|(name, later)| match p.get(name) {
        None => true,
        Some(earlier) => {
            let target = target.map_or(Target::Any, |target| Target::Member(target.get(name)));
            value_merge_is_exact(target, earlier, later)
        }
    })
}

/// The target's member under a patch member.
#[derive(Clone, Copy)]
enum Target<'a> {
    /// Any value (for a law over all targets).
    Any,
    /// This member, or none.
    Member(Option<&'a Value>),
}

fn value_merge_is_exact(target: Target<'_>, earlier: &Value, later: &Value) -> bool {
    match (earlier, later) {
        (Value::Object(earlier), Value::Object(later)) => {
            later.iter().all(|(name, later)| match earlier.get(name) {
                None => true,
                Some(earlier) => {
                    let inner = match target {
                        Target::Any => Target::Any,
                        Target::Member(member) => Target::Member(
                            member
                                .and_then(Value::as_object)
                                .and_then(|member| member.get(name)),
                        ),
                    };
                    value_merge_is_exact(inner, earlier, later)
                }
            })
        }
        (_, Value::Object(_)) => {
            matches!(target, Target::Member(member) if !matches!(member, Some(Value::Object(_))))
        }
        _ => true,
    }
}

/// Whether `p`, `q`, `r` compose associatively: every two of them compose exactly for any
/// target. Where a composition is not exact (above), the information that a member was
/// replaced rather than merged is lost, and the two groupings can lose it differently
/// (`{"a": {"x": null}}`, `{"a": null}`, `{"a": {}}`).
pub(crate) fn dynamic_merge_is_associative(
    p: &AdditionalData,
    q: &AdditionalData,
    r: &AdditionalData,
) -> bool {
    dynamic_merge_is_exact(None, p, q)
        && dynamic_merge_is_exact(None, q, r)
        && dynamic_merge_is_exact(None, p, r)
}
