use graph_entity::GraphEntity;

#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    name: String,
}

fn main() {
    let _patch = WidgetPatch {
        id: Some("w-1".to_owned()),
        ..Default::default()
    };
}
