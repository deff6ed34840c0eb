use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget", key)]
struct Widget {
    id: String,
    name: String,
}

fn main() {}
