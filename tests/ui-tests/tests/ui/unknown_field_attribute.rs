use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    #[graph(red_only)]
    created: String,
    #[graph(flatten)]
    name: String,
}

fn main() {}
