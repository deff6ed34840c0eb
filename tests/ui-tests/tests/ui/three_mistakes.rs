use graph_entity::{Entity, GraphEntity};

// Three independent mistakes: all three are reported in one compile, and the code below that
// uses the entity and its patch adds no follow-up errors.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_typ = "microsoft.graph.widget")]
struct Widget {
    #[graph(key, skip)]
    id: String,
    #[graph(rename = "")]
    name: String,
}

fn main() {
    let mut widget = Widget {
        id: "w-1".to_owned(),
        name: "Widget".to_owned(),
    };
    let patch = WidgetPatch {
        name: Some("New".to_owned()),
    };
    widget.apply(patch);
}
