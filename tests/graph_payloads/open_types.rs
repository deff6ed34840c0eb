//! Open types: instance annotations, and the one limit of `merge`.

use super::*;

/// Two reads of the same file differ in `@microsoft.graph.downloadUrl` (a short-lived link that
/// every GET renews). That is not a change to send back: an instance annotation is not a
/// dynamic property, and a PATCH body that carries one is not what Graph expects.
#[test]
fn open_type_diff_leaves_instance_annotations_out_of_the_patch() {
    let first: DriveItem = serde_json::from_str(DRIVEITEM_FILE).expect("reads");
    let mut again = json_of(DRIVEITEM_FILE);
    again["@microsoft.graph.downloadUrl"] = json!("https://contoso-my.sharepoint.com/download?v=2");
    let second: DriveItem = serde_json::from_value(again).expect("reads");
    assert_eq!(
        serde_json::to_string(&first.diff(&second)).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.driveItem"}"##
    );
}

/// `merge` promises `apply(merge(p, q)) == apply(apply(p), q)`, with one documented exception
/// (crate docs, "Complex types and nested patches"): clearing an open nested value and then
/// patching it leaves only the later patch's dynamic members, but the merged patch (the full
/// patch of the default value, patched) is a JSON Merge Patch of the dynamic members, which
/// cannot remove members it does not name: applied at once, the old members stay.
#[test]
fn merging_clear_then_patch_of_an_open_nested_value_keeps_unnamed_dynamic_members() {
    let before: PlannerTask = serde_json::from_str(PLANNERTASK_GET).expect("reads");
    let mut first: PlannerTaskPatch =
        serde_json::from_str(r#"{"assignments": null}"#).expect("reads");
    let later: PlannerTaskPatch = serde_json::from_str(
        r##"{"assignments": {"aaa27244-1db4-476a-a5cb-004607466324":
            {"@odata.type": "#microsoft.graph.plannerAssignment", "orderHint": " !"}}}"##,
    )
    .expect("reads");
    let mut in_turn = before.clone();
    in_turn.apply(first.clone());
    in_turn.apply(later.clone());

    first.merge(later);
    let mut at_once = before.clone();
    at_once.apply(first);
    let keys = |task: &PlannerTask| -> Vec<String> {
        let mut keys: Vec<String> = task
            .assignments
            .as_ref()
            .map(|a| a.additional_data.keys().map(str::to_owned).collect())
            .unwrap_or_default();
        keys.sort();
        keys
    };
    let new_member = "aaa27244-1db4-476a-a5cb-004607466324".to_owned();
    assert_eq!(keys(&in_turn), std::slice::from_ref(&new_member));
    let mut expected = keys(&before);
    expected.push(new_member);
    expected.sort();
    expected.dedup();
    assert_eq!(keys(&at_once), expected);
}
