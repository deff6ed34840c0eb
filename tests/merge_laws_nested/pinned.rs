//! Single cases, pinned: the rules the laws rely on, each shown on one input, and the documented
//! exceptions the laws exclude (crate docs, "Merge laws"), each showing what happens instead.

use super::*;

type Result = core::result::Result<(), serde_json::Error>;

const SETTINGS_DEFAULT: &str = r#"{
    "timeZone": "", "workDays": [], "maxSlots": null, "note": null, "reminder": null,
    "fallback": {
        "fireAt": null, "minutesBefore": 0, "message": null, "importance": "normal",
        "channels": ""
    }
}"#;

fn calendar(settings: &Value) -> core::result::Result<Calendar, serde_json::Error> {
    serde_json::from_value(json!({
        "id": "c1", "name": "Team", "availability": "free", "channels": "email",
        "owner": {"name": "Ann"}, "settings": settings, "slots": [],
    }))
}

/// What the oracle of `apply_matches_rfc7396_with_defaults_under_null` models: RFC 7396 merges
/// `{"note": ...}` into `null` as into `{}`; the derive starts from `Settings::default()`.
#[test]
fn nested_patch_onto_null_starts_from_the_default_value() -> Result {
    let calendar = calendar(&Value::Null)?;
    let patch: CalendarPatch = serde_json::from_value(json!({
        "settings": {"note": "quiet", "fallback": {"minutesBefore": 15}},
    }))?;

    let mut rfc7396 = serde_json::to_value(&calendar)?;
    json_patch::merge(&mut rfc7396, &serde_json::to_value(&patch)?);
    assert_eq!(
        rfc7396["settings"],
        json!({"note": "quiet", "fallback": {"minutesBefore": 15}})
    );

    let mut expected: Value = serde_json::from_str(SETTINGS_DEFAULT)?;
    expected["note"] = json!("quiet");
    expected["fallback"]["minutesBefore"] = json!(15);
    let patched = serde_json::to_value(applied(&calendar, patch))?;
    assert_eq!(patched["settings"], expected);
    Ok(())
}

/// Clearing then patching cannot be one recursive patch (it would patch the current value),
/// so the merge is the full patch of `Settings::default()` patched: applied to any calendar,
/// it gives what the two patches give in turn.
#[test]
fn clearing_then_patching_a_nullable_nested_value_merges_into_its_full_patch() -> Result {
    let mut patch: CalendarPatch = serde_json::from_value(json!({"settings": null}))?;
    let later: CalendarPatch = serde_json::from_value(json!({"settings": {"note": "quiet"}}))?;
    patch.merge(later.clone());

    let mut settings: Value = serde_json::from_str(SETTINGS_DEFAULT)?;
    settings["note"] = json!("quiet");
    assert_eq!(
        serde_json::to_value(&patch)?,
        json!({"@odata.type": "#graphEntity.mergeLaws.calendar", "settings": settings}),
    );

    let calendar = calendar(&json!({
        "timeZone": "UTC", "workDays": ["monday"], "maxSlots": 3, "note": "old",
        "reminder": {"minutesBefore": 5, "importance": "high", "channels": "sms"},
        "fallback": {"minutesBefore": 10, "importance": "low", "channels": "push"},
    }))?;
    let cleared: CalendarPatch = serde_json::from_value(json!({"settings": null}))?;
    let in_sequence = applied(&applied(&calendar, cleared), later);
    assert_eq!(applied(&calendar, patch), in_sequence);
    assert_eq!(serde_json::to_value(&in_sequence)?["settings"], settings);
    Ok(())
}

/// Only the top level carries `@odata.type`; an empty nested patch is `{}`.
#[test]
fn empty_nested_patches_are_written_as_empty_objects() -> Result {
    let patch = CalendarPatch {
        owner: Some(OwnerPatch::default()),
        settings: Some(Some(SettingsPatch {
            fallback: Some(Box::default()),
            ..SettingsPatch::default()
        })),
        ..CalendarPatch::default()
    };
    assert_eq!(
        serde_json::to_string(&patch)?,
        r##"{"@odata.type":"#graphEntity.mergeLaws.calendar","owner":{},"settings":{"fallback":{}}}"##
    );
    assert_eq!(
        serde_json::from_str::<CalendarPatch>(&serde_json::to_string(&patch)?)?,
        patch
    );
    Ok(())
}

const ARCHIVE: &str = r#"{"minutesBefore": 0, "importance": "normal", "channels": ""}"#;

fn notebook(section: &Value) -> core::result::Result<Notebook, serde_json::Error> {
    let archive: Value = serde_json::from_str(ARCHIVE)?;
    serde_json::from_value(json!({
        "id": "n1", "section": section, "pinned": {"name": "P", "archive": archive},
    }))
}

/// The second exception of `apply_of_merge_equals_apply_in_sequence`: `{"section": null}`
/// then `{"section": {"name": "New"}}` leaves a section without the old one's dynamic property
/// `color`; the merged patch (the full patch of the new section) keeps it.
#[test]
fn merged_clear_then_patch_of_an_open_nested_value_keeps_its_dynamic_properties() -> Result {
    let archive: Value = serde_json::from_str(ARCHIVE)?;
    let notebook = notebook(&json!({"name": "Old", "archive": archive, "color": "red"}))?;
    let clear: NotebookPatch = serde_json::from_value(json!({"section": null}))?;
    let patch: NotebookPatch = serde_json::from_value(json!({"section": {"name": "New"}}))?;

    let in_sequence = applied(&applied(&notebook, clear.clone()), patch.clone());
    assert_eq!(
        serde_json::to_value(&in_sequence)?["section"],
        json!({
            "name": "New", "pageCount": null, "reminder": null,
            "archive": nested_json(&Reminder::default()),
        }),
    );
    // The documented exception: the merged patch cannot remove `color`, which it does not name.
    let at_once = serde_json::to_value(applied(&notebook, merged(&clear, patch)))?;
    let mut expected = serde_json::to_value(&in_sequence)?["section"].clone();
    expected["color"] = json!("red");
    assert_eq!(at_once["section"], expected);
    Ok(())
}

/// The same cause breaks associativity: grouped as `(p.merge(q)).merge(r)`, the removal of
/// `color` by `p` is lost in the clear; grouped as `p.merge(q.merge(r))`, it survives in the
/// full patch (which is the grouping that applies correctly to a section that has `color`).
#[test]
fn merge_of_clear_then_patch_of_an_open_nested_value_depends_on_grouping() -> Result {
    let p: NotebookPatch = serde_json::from_value(json!({"section": {"color": null}}))?;
    let q: NotebookPatch = serde_json::from_value(json!({"section": null}))?;
    let r: NotebookPatch = serde_json::from_value(json!({"section": {}}))?;
    let left = merged(&merged(&p, q.clone()), r.clone());
    let right = merged(&p, merged(&q, r));
    // The documented exception: only the right grouping keeps `p`'s removal of `color`.
    assert_eq!(serde_json::to_value(&left)?["section"].get("color"), None);
    assert_eq!(
        serde_json::to_value(&right)?["section"]["color"],
        Value::Null
    );
    assert_ne!(left, right);
    Ok(())
}

/// The first exception: composing dynamic properties is not associative where a member is
/// set to a non-object and then to an object (`AdditionalData::compose_merge_patch` documents
/// that the composition is not exact there, but `Patch::merge` promises associativity).
#[test]
fn merge_of_dynamic_properties_set_to_null_then_an_object_depends_on_grouping() -> Result {
    let p: CalendarPatch = serde_json::from_value(json!({"größe": {"a": null}}))?;
    let q: CalendarPatch = serde_json::from_value(json!({"größe": null}))?;
    let r: CalendarPatch = serde_json::from_value(json!({"größe": {}}))?;
    let left = merged(&merged(&p, q.clone()), r.clone());
    let right = merged(&p, merged(&q, r));
    // The documented exception (`AdditionalData::compose_merge_patch`).
    assert_eq!(left.additional_data.get("größe"), Some(&json!({})));
    assert_eq!(
        right.additional_data.get("größe"),
        Some(&json!({"a": null}))
    );
    Ok(())
}

/// A closed complex type that keeps undeclared members, in a nullable position.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.tag")]
pub(crate) struct Tag {
    pub(crate) label: Option<String>,
    #[graph(additional_data)]
    pub(crate) additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.label")]
pub(crate) struct Label {
    #[graph(nested)]
    pub(crate) tag: Option<Tag>,
}

/// As for open types: `{"tag": null}` then `{"tag": {"label": "b"}}` leaves a tag without the
/// old one's undeclared member `x`; the merged patch (the full patch, which holds no undeclared
/// members of a closed type) keeps it. Every generated model keeps undeclared members, so this
/// is the common case, not a corner.
#[test]
fn merged_clear_then_patch_of_a_closed_nested_value_keeps_its_undeclared_members() -> Result {
    let label: Label = serde_json::from_value(json!({"tag": {"label": "a", "x": 1}}))?;
    let clear: LabelPatch = serde_json::from_value(json!({"tag": null}))?;
    let patch: LabelPatch = serde_json::from_value(json!({"tag": {"label": "b"}}))?;

    let in_sequence = applied(&applied(&label, clear.clone()), patch.clone());
    assert_eq!(
        serde_json::to_value(&in_sequence)?["tag"],
        json!({"label": "b"})
    );
    // The documented exception: the full patch holds no undeclared members, so `x` stays.
    let at_once = applied(&label, merged(&clear, patch));
    assert_eq!(
        serde_json::to_value(&at_once)?["tag"],
        json!({"label": "b", "x": 1})
    );
    Ok(())
}
