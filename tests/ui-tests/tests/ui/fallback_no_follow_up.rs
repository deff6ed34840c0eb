use graph_entity::{Entity, GraphEntity, Patch};

// The derive fails (one mistake), but code that uses the entity, its patch and its traits gets
// no follow-up errors: the derive still emits the patch type and the impls.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
pub struct Widget<T> {
    #[graph(key)]
    id: String,
    #[graph(red_only)]
    created: String,
    name: String,
    value: T,
}

fn main() {
    let mut widget = Widget {
        id: "w-1".to_owned(),
        created: String::new(),
        name: "Widget".to_owned(),
        value: 5_i64,
    };
    let patch = WidgetPatch {
        name: Some("New".to_owned()),
        ..Default::default()
    };
    assert!(!patch.is_empty());
    let _ = widget.diff(&widget.clone());
    widget.apply(patch);
    let _ = <Widget<i64> as Entity>::ODATA_TYPE;
    let _ = serde_json::to_string(&widget);
    let _: Result<Widget<i64>, _> = serde_json::from_str("{}");
    let _: Result<WidgetPatch<i64>, _> = serde_json::from_str("{}");
}
