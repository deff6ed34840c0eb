//! `todoTask` (closed).

use super::*;

#[test]
fn todotask_responses_read_and_write_back_with_nothing_lost() {
    let (task, _) = read_and_write_back::<TodoTask>(TODOTASK_GET);
    assert_eq!(task.importance, Importance::Low);
    assert_eq!(task.status, TaskStatus::NotStarted);
    assert_eq!(
        task.due_date_time.as_ref().map(|d| d.date_time.as_str()),
        Some("2020-08-25T04:00:00.0000000")
    );
    read_and_write_back::<TodoTask>(TODOTASK_UPDATE_RESPONSE);
}

#[test]
fn todotask_update_request_reads_as_a_patch_and_writes_back_identically() {
    let patch: TodoTaskPatch =
        assert_patch_request_round_trips(TODOTASK_UPDATE_REQUEST, "microsoft.graph.todoTask");
    assert_eq!(
        patch,
        TodoTaskPatch {
            due_date_time: Some(Some(DateTimeTimeZonePatch {
                date_time: Some("2020-07-25T16:00:00".to_owned()),
                time_zone: Some(Some("Eastern Standard Time".to_owned())),
            })),
            ..Default::default()
        }
    );
    let before: TodoTask = serde_json::from_str(TODOTASK_GET).expect("reads");
    let after = apply_and_check(&before, &patch);
    assert_eq!(
        after.due_date_time,
        Some(DateTimeTimeZone {
            date_time: "2020-07-25T16:00:00".to_owned(),
            time_zone: Some("Eastern Standard Time".to_owned()),
            additional_data: AdditionalData::new(),
        })
    );
}

#[test]
fn todotask_patch_completes_the_task_and_clears_its_categories() {
    let before: TodoTask = serde_json::from_str(TODOTASK_GET).expect("reads");
    let patch = TodoTaskPatch {
        status: Some(TaskStatus::Completed),
        categories: Some(None),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.todoTask","status":"completed","categories":null}"##
    );
    apply_and_check(&before, &patch);
}

#[test]
fn closed_type_patch_refuses_an_undeclared_property() {
    assert_eq!(
        error_of::<TodoTaskPatch>(r#"{"titel": "Shop for lunch"}"#),
        "unknown property \"titel\" in a patch of microsoft.graph.todoTask: \
         did you mean `title`? at line 1 column 8"
    );
}
