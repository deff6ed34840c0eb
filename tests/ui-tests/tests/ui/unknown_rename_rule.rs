use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget", rename_all = "lowerCamelCase")]
struct Widget {
    display_name: String,
}

fn main() {}
