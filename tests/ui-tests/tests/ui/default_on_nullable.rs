use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    #[graph(default)]
    description: Option<String>,
}

fn main() {}
