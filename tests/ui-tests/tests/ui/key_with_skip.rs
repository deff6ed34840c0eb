use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key, skip)]
    id: String,
    name: String,
}

fn main() {}
