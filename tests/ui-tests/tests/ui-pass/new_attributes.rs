use graph_entity::{AdditionalData, Entity, Flags, GraphEntity, GraphEnum, OmitODataType, Patch};

// Every Part 2 attribute, used correctly, compiles: `nested` in all six shapes, enums with and
// without `other` (with `rename_all`, `rename` and `default`), `Flags`, `additional_data`,
// `etag`, `open_type` and `omit_odata_type`.
#[derive(Clone, Debug, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone")]
pub struct DateTimeTimeZone {
    date_time: Option<String>,
    time_zone: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
pub enum Importance {
    Low,
    #[graph(default)]
    Normal,
    High,
    UnknownFutureValue,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.freeBusyStatus", rename_all = "PascalCase")]
pub enum FreeBusyStatus {
    Free,
    #[graph(rename = "oof")]
    OutOfOffice,
    #[graph(other)]
    Other(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, GraphEnum)]
#[graph(odata_type = "microsoft.graph.channel")]
pub enum Channel {
    Email,
    Sms,
}

#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event", open_type)]
pub struct Event {
    #[graph(key)]
    id: String,
    #[graph(etag)]
    etag: Option<String>,
    importance: Option<Importance>,
    show_as: FreeBusyStatus,
    channels: Flags<Channel>,
    #[graph(nested)]
    end: DateTimeTimeZone,
    #[graph(nested)]
    boxed: Box<DateTimeTimeZone>,
    #[graph(nested)]
    start: Option<DateTimeTimeZone>,
    #[graph(nested)]
    boxed_start: Option<Box<DateTimeTimeZone>>,
    #[graph(nested)]
    history: Vec<DateTimeTimeZone>,
    #[graph(nested)]
    reminders: Option<Vec<DateTimeTimeZone>>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

// A closed type with `additional_data`, written without `"@odata.type"`.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.todoTaskList", omit_odata_type)]
pub struct TodoTaskList {
    #[graph(key)]
    id: String,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

fn main() {
    let patch = EventPatch {
        importance: Some(Some(Importance::High)),
        end: Some(DateTimeTimeZonePatch::default()),
        boxed: Some(Box::default()),
        start: Some(None),
        boxed_start: Some(Some(Box::default())),
        history: Some(Vec::new()),
        reminders: Some(None),
        additional_data: AdditionalData::new(),
        ..Default::default()
    };
    assert!(!patch.is_empty());
    let _ = <Importance as graph_entity::Enum>::MEMBERS;
    let _ = Importance::default();
    let _ = FreeBusyStatus::Other("busy".to_owned());
    let list_patch = TodoTaskListPatch {
        display_name: Some(None),
    };
    let _ = OmitODataType(&list_patch);
    let _ = <TodoTaskList as Entity>::etag;
}
