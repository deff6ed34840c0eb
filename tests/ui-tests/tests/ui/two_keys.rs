use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    #[graph(key)]
    serial: String,
    name: String,
}

fn main() {}
