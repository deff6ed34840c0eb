use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key, read_only)]
    id: String,
    #[graph(skip, read_only)]
    cache: String,
    #[graph(skip, default)]
    scratch: String,
}

fn main() {}
