use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    #[graph(rename_all = "PascalCase")]
    display_name: String,
}

fn main() {}
