//! `plannerTask` (closed) and its open `assignments`.

use super::*;

#[test]
fn plannertask_response_reads_and_writes_back_with_nothing_lost() {
    let (task, written) = read_and_write_back::<PlannerTask>(PLANNERTASK_GET);
    let assignments = task.assignments.as_ref().expect("assignments");
    let value = assignments
        .additional_data
        .get("fbab97d0-4932-4511-b675-204639209557")
        .expect("the assignment is a dynamic property");
    // A dynamic property is JSON; it reads as its declared type on demand.
    let assignment: PlannerAssignment =
        serde_json::from_value(value.clone()).expect("a plannerAssignment");
    assert_eq!(assignment.order_hint.as_deref(), Some("RWk1"));
    // Inside a dynamic property, the `@odata.type` Planner requires stays.
    assert_eq!(
        written["assignments"]["fbab97d0-4932-4511-b675-204639209557"]["@odata.type"],
        json!("#microsoft.graph.plannerAssignment")
    );
}

#[test]
fn plannertask_update_request_reads_as_a_patch_and_writes_back_identically() {
    let patch: PlannerTaskPatch =
        assert_patch_request_round_trips(PLANNERTASK_UPDATE_REQUEST, "microsoft.graph.plannerTask");
    assert_eq!(
        patch.changed_properties().collect::<Vec<_>>(),
        ["assignments", "appliedCategories"]
    );
}

/// The request restates the assignment's unchanged `@odata.type`; the minimal diff leaves it
/// out, so here `diff` is not the request but an equivalent, smaller patch.
#[test]
fn plannertask_update_request_applies_as_rfc7396_and_diffs_to_the_changed_members_only() {
    let before: PlannerTask = serde_json::from_str(PLANNERTASK_GET).expect("reads");
    let patch: PlannerTaskPatch = serde_json::from_str(PLANNERTASK_UPDATE_REQUEST).expect("reads");
    let mut after = before.clone();
    after.apply(patch.clone());
    assert_merge_patch_semantics(&before, &patch, &after);

    let assignment = &to_json(&after)["assignments"]["fbab97d0-4932-4511-b675-204639209557"];
    assert_eq!(assignment["orderHint"], json!("N9917 U2883!"));
    assert_eq!(
        assignment["assignedDateTime"],
        json!("2015-03-25T18:38:21.956Z")
    );

    let diff = before.diff(&after);
    assert_eq!(
        serde_json::to_string(&diff).expect("writes"),
        concat!(
            r##"{"@odata.type":"#microsoft.graph.plannerTask","assignments":"##,
            r#"{"fbab97d0-4932-4511-b675-204639209557":{"orderHint":"N9917 U2883!"}},"#,
            r#""appliedCategories":{"category3":true,"category4":false}}"#,
        )
    );
    let mut again = before;
    again.apply(diff);
    assert_eq!(again, after);
}

#[test]
fn open_nested_type_keeps_an_unknown_member_where_the_closed_parent_refuses_one() {
    let patch: PlannerTaskPatch = serde_json::from_str(
        r##"{"assignments": {"aaa27244-1db4-476a-a5cb-004607466324":
            {"@odata.type": "#microsoft.graph.plannerAssignment", "orderHint": " !"}}}"##,
    )
    .expect("a dynamic property of plannerAssignments");
    let assignments = patch.assignments.clone().flatten().expect("assignments");
    assert_eq!(
        assignments.additional_data.keys().collect::<Vec<_>>(),
        ["aaa27244-1db4-476a-a5cb-004607466324"]
    );

    assert_eq!(
        error_of::<PlannerTaskPatch>(r#"{"asignments": {}}"#),
        "unknown property \"asignments\" in a patch of microsoft.graph.plannerTask: \
         did you mean `assignments`? at line 1 column 13"
    );
}

#[test]
fn plannertask_removing_an_assignment_is_a_null_dynamic_property() {
    let before: PlannerTask = serde_json::from_str(PLANNERTASK_GET).expect("reads");
    let patch: PlannerTaskPatch =
        serde_json::from_str(r#"{"assignments": {"fbab97d0-4932-4511-b675-204639209557": null}}"#)
            .expect("reads");
    let after = apply_and_check(&before, &patch);
    assert_eq!(to_json(&after)["assignments"], json!({}));
}
