use graph_entity::GraphEntity;

#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    #[graph(read_only)]
    created_date_time: String,
    name: String,
}

fn main() {
    let _patch = WidgetPatch {
        created_date_time: Some("2024-01-01T00:00:00Z".to_owned()),
        ..Default::default()
    };
}
