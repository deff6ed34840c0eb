//! Small local types: a duration, and an endpoint that refuses `@odata.type`.

use super::*;

/// `microsoft.graph.bookingReminder`: its `offset` is an `Edm.Duration`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.bookingReminder")]
struct BookingReminder {
    message: Option<String>,
    offset: Option<Duration>,
}

#[test]
fn duration_reads_iso8601_and_refuses_prose() {
    let reminder: BookingReminder =
        serde_json::from_str(r#"{"message": "Tomorrow", "offset": "P1D"}"#).expect("reads");
    assert_eq!(
        reminder.offset.as_ref().map(ToString::to_string).as_deref(),
        Some("P1D")
    );
    assert_eq!(
        error_of::<BookingReminder>(r#"{"message": "Soon", "offset": "1 hour"}"#),
        "invalid value for property `offset` of microsoft.graph.bookingReminder: \
         expected an Edm.Duration ([-]PnDTnHnMn.nS, e.g. PT1H30M), found \"1 hour\" \
         at line 1 column 38"
    );
}

/// A to-do list, written without `@odata.type` for every value of the type.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.todoTaskList", omit_odata_type)]
struct TodoTaskList {
    #[graph(key)]
    id: String,
    display_name: Option<String>,
}

/// The same list, written with it unless the call says otherwise.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.todoTaskList")]
struct AnnotatedTodoTaskList {
    #[graph(key)]
    id: String,
    display_name: Option<String>,
}

#[test]
fn omit_odata_type_on_the_type_leaves_the_annotation_out_of_entity_and_patch() {
    let list = TodoTaskList {
        id: "AAMkADIyAAAhrbPXAAA=".to_owned(),
        display_name: Some("Vacation Plan".to_owned()),
    };
    assert_eq!(
        serde_json::to_string(&list).expect("writes"),
        r#"{"id":"AAMkADIyAAAhrbPXAAA=","displayName":"Vacation Plan"}"#
    );
    let patch = TodoTaskListPatch {
        display_name: Some(Some("Holidays".to_owned())),
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r#"{"displayName":"Holidays"}"#
    );
    // Reading still accepts the annotation when it names the type.
    let read: TodoTaskList = serde_json::from_str(
        r##"{"@odata.type": "#microsoft.graph.todoTaskList", "id": "AAMkADIyAAAhrbPXAAA=", "displayName": "Vacation Plan"}"##,
    )
    .expect("reads");
    assert_eq!(read, list);
}

#[test]
fn omit_odata_type_per_call_leaves_the_annotation_out_of_one_write() {
    let patch = AnnotatedTodoTaskListPatch {
        display_name: Some(Some("Holidays".to_owned())),
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.todoTaskList","displayName":"Holidays"}"##
    );
    assert_eq!(
        serde_json::to_string(&OmitODataType(&patch)).expect("writes"),
        r#"{"displayName":"Holidays"}"#
    );
}
