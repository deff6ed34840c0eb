//! [`rebase`]: a patch made against an old version of an entity, moved onto the current one
//! (a 3-way merge, for optimistic concurrency after `412 Precondition Failed`).

use core::fmt;

use serde_json::{Map, Value};

use crate::{Entity, Patch};

/// The type annotation every patch starts with; never a change of its own.
const TYPE_ANNOTATION: &str = "@odata.type";

/// How many chars of a value a conflict's message shows.
const SHOWN: usize = 64;

/// Moves `mine`, a patch made against `base`, onto `current` (the entity as the service has
/// it now, e.g. re-read after `412 Precondition Failed`), or reports the conflicts.
///
/// Their changes are `base.diff(current)`. Property by property, in the patches' JSON form:
///
/// - a property only I changed is kept;
/// - a property both sides set to the same value is dropped: it is already there, and is
///   neither resent nor a conflict;
/// - a property both sides changed where both values are JSON objects (nested patches) is
///   compared member by member, at any depth; when some of my members remain, my whole object
///   is sent, so a value that is replaced whole (a complex value without `#[graph(nested)]`,
///   `Edm.Untyped`) is never cut, and a nested patch just resends a value that is already
///   there;
/// - anything else both changed, to different values, is a [`Conflict`], named by its path
///   of wire names (`start/dateTime`).
///
/// Rebase compares patches, not the intent behind them: an object all of whose members of
/// mine are already there is dropped, even for a value replaced whole that they set with
/// more members; and a counter both sides raised from 5 to 6 is "the same value", one
/// increment. Re-derive such changes from `current` instead (`examples/http_load.rs` does
/// this for a shared counter).
///
/// Without conflicts, applying the result to `current` equals applying `mine` to `current`:
/// every change of theirs that I did not touch stays, every change of mine is made. On an
/// unchanged entity (`current == base`) the result is `mine`.
///
/// ```
/// use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
/// use graph_entity::{Entity, RebaseError, rebase};
///
/// let base = Office365ServicesUserCounts { exchange_active: Some(1), teams_active: Some(1), ..Default::default() };
/// let mut current = base.clone();
/// current.teams_active = Some(2); // their change
/// current.yammer_active = Some(9); // their change, mine too
///
/// let mine = Office365ServicesUserCountsPatch {
///     exchange_active: Some(Some(5)),
///     yammer_active: Some(Some(9)),
///     ..Default::default()
/// };
/// let rebased = rebase(&base, mine.clone(), &current)?;
/// assert_eq!(rebased, Office365ServicesUserCountsPatch { exchange_active: Some(Some(5)), ..Default::default() });
///
/// let conflicting = Office365ServicesUserCountsPatch { teams_active: Some(Some(7)), ..Default::default() };
/// let Err(RebaseError::Conflicts(conflicts)) = rebase(&base, conflicting, &current) else { unreachable!() };
/// assert_eq!(conflicts[0].path, "teamsActive");
/// assert_eq!((conflicts[0].mine.clone(), conflicts[0].theirs.clone()), (7.into(), 2.into()));
/// # Ok::<(), RebaseError>(())
/// ```
///
/// # Errors
///
/// [`RebaseError::Conflicts`] with every property both sides changed to different values;
/// [`RebaseError::Json`] if a patch does not survive its own JSON round trip (a property
/// type whose `Serialize` fails or is not read back by its `Deserialize`).
pub fn rebase<E: Entity>(base: &E, mine: E::Patch, current: &E) -> Result<E::Patch, RebaseError> {
    let theirs = base.diff(current);
    if theirs.is_empty() {
        return Ok(mine);
    }
    let (Value::Object(theirs), Value::Object(mine)) =
        (serde_json::to_value(&theirs)?, serde_json::to_value(&mine)?)
    else {
        return Err(RebaseError::Json(
            <serde_json::Error as serde::ser::Error>::custom(
                "a patch was not written as a JSON object",
            ),
        ));
    };
    let mut conflicts = Vec::new();
    let kept = rebase_object(&theirs, &mine, "", &mut conflicts);
    if conflicts.is_empty() {
        Ok(serde_json::from_value(Value::Object(kept))?)
    } else {
        conflicts.sort_by(|a, b| a.path.cmp(&b.path));
        Err(RebaseError::Conflicts(conflicts))
    }
}

/// A property both sides changed, to different values.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The property's wire name; for a property of a nested value, the wire names from the
    /// entity down, joined with `/` (`start/dateTime`).
    pub path: String,
    /// My value (JSON; `null` where my patch clears the property).
    pub mine: Value,
    /// Their value: the property as it is in the current entity.
    pub theirs: Value,
}

/// Why [`rebase`] returned no patch.
#[derive(Debug)]
pub enum RebaseError {
    /// Properties both sides changed to different values, sorted by path:
    /// resolve them (e.g. keep one side, or re-apply the user's intent to the current
    /// entity) and rebase again, or send a new patch.
    Conflicts(Vec<Conflict>),
    /// A patch did not survive its JSON round trip.
    Json(serde_json::Error),
}

impl From<serde_json::Error> for RebaseError {
    fn from(error: serde_json::Error) -> Self {
        RebaseError::Json(error)
    }
}

impl fmt::Display for RebaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RebaseError::Conflicts(conflicts) => {
                write!(f, "{} changed on both sides:", plural(conflicts.len()))?;
                for (i, c) in conflicts.iter().enumerate() {
                    let sep = if i == 0 { "" } else { "," };
                    write!(
                        f,
                        "{sep} `{}` (mine {}, theirs {})",
                        c.path,
                        Shown(&c.mine),
                        Shown(&c.theirs)
                    )?;
                }
                Ok(())
            }
            RebaseError::Json(e) => write!(f, "a patch did not survive its JSON form: {e}"),
        }
    }
}

impl std::error::Error for RebaseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RebaseError::Conflicts(_) => None,
            RebaseError::Json(e) => Some(e),
        }
    }
}

fn plural(n: usize) -> String {
    if n == 1 {
        "1 property".to_owned()
    } else {
        format!("{n} properties")
    }
}

/// A JSON value in a message, cut after [`SHOWN`] chars.
struct Shown<'a>(&'a Value);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0.to_string();
        match text.char_indices().nth(SHOWN) {
            Some((end, _)) => write!(
                f,
                "{}… ({} bytes)",
                text.get(..end).unwrap_or_default(),
                text.len()
            ),
            None => f.write_str(&text),
        }
    }
}

/// The members of `mine` to send on top of `theirs`; conflicts are pushed with paths under
/// `path`.
fn rebase_object(
    theirs: &Map<String, Value>,
    mine: &Map<String, Value>,
    path: &str,
    conflicts: &mut Vec<Conflict>,
) -> Map<String, Value> {
    let mut kept = Map::new();
    for (name, my_value) in mine {
        if name == TYPE_ANNOTATION {
            kept.insert(name.clone(), my_value.clone());
            continue;
        }
        let Some(their_value) = theirs.get(name) else {
            kept.insert(name.clone(), my_value.clone());
            continue;
        };
        if their_value == my_value {
            continue;
        }
        let member_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}/{name}")
        };
        match (their_value, my_value) {
            (Value::Object(their_object), Value::Object(my_object)) => {
                let before = conflicts.len();
                let sub = rebase_object(their_object, my_object, &member_path, conflicts);
                let changes_left = sub.keys().any(|k| k != TYPE_ANNOTATION);
                if conflicts.len() == before && changes_left {
                    kept.insert(name.clone(), my_value.clone());
                }
            }
            _ => conflicts.push(Conflict {
                path: member_path,
                mine: my_value.clone(),
                theirs: their_value.clone(),
            }),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// Runs the JSON-level algorithm on two patch objects.
    fn run(theirs: &Value, mine: &Value) -> (Value, Vec<(String, Value, Value)>) {
        let mut conflicts = Vec::new();
        let (Value::Object(t), Value::Object(m)) = (theirs, mine) else {
            panic!("test inputs are objects");
        };
        let kept = rebase_object(t, m, "", &mut conflicts);
        let conflicts = conflicts
            .into_iter()
            .map(|c| (c.path, c.mine, c.theirs))
            .collect();
        (Value::Object(kept), conflicts)
    }

    #[test]
    fn nested_changes_to_different_sub_properties_merge() {
        let theirs = json!({"start": {"timeZone": "UTC"}, "subject": "a"});
        let mine = json!({"start": {"dateTime": "2024-01-01T10:00:00"}});
        assert_eq!(run(&theirs, &mine), (mine.clone(), vec![]));
    }

    #[test]
    fn nested_conflict_is_named_by_its_slash_path() {
        let theirs = json!({"start": {"dateTime": "09:00", "timeZone": "UTC"}});
        let mine = json!({"start": {"dateTime": "10:00"}, "subject": "b"});
        assert_eq!(
            run(&theirs, &mine),
            (
                json!({"subject": "b"}),
                vec![("start/dateTime".to_owned(), json!("10:00"), json!("09:00"))]
            )
        );
    }

    #[test]
    fn nested_value_set_by_both_to_the_same_sub_values_is_not_resent() {
        let theirs = json!({"start": {"dateTime": "10:00", "timeZone": "UTC"}});
        let mine = json!({"start": {"dateTime": "10:00"}});
        assert_eq!(run(&theirs, &mine), (json!({}), vec![]));
    }

    #[test]
    fn a_nested_object_with_changes_left_is_sent_whole() {
        // `timeZone` is already there; it is resent with `dateTime` so that a value replaced
        // whole keeps every member I meant it to have.
        let theirs = json!({"start": {"timeZone": "UTC"}});
        let mine = json!({"start": {"dateTime": "10:00", "timeZone": "UTC"}});
        assert_eq!(run(&theirs, &mine), (mine.clone(), vec![]));
    }

    #[test]
    fn object_against_null_is_a_conflict_at_the_property() {
        let theirs = json!({"start": null});
        let mine = json!({"start": {"dateTime": "10:00"}});
        assert_eq!(
            run(&theirs, &mine).1,
            [(
                "start".to_owned(),
                json!({"dateTime": "10:00"}),
                json!(null)
            )]
        );
    }

    #[test]
    fn the_type_annotation_is_kept_and_never_a_conflict() {
        let theirs = json!({"@odata.type": "#a.b", "x": 1});
        let mine = json!({"@odata.type": "#a.b", "x": 1, "y": 2});
        assert_eq!(
            run(&theirs, &mine).0,
            json!({"@odata.type": "#a.b", "y": 2})
        );
    }

    #[test]
    fn conflicts_display_both_values_cut_at_64_chars() {
        let long = "x".repeat(100);
        let error = RebaseError::Conflicts(vec![
            Conflict {
                path: "a".into(),
                mine: json!(1),
                theirs: json!(null),
            },
            Conflict {
                path: "b/c".into(),
                mine: json!(long),
                theirs: json!("y"),
            },
        ]);
        assert_eq!(
            error.to_string(),
            format!(
                "2 properties changed on both sides: `a` (mine 1, theirs null), `b/c` (mine \"{}… (102 bytes), theirs \"y\")",
                "x".repeat(63)
            )
        );
    }
}
