use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget", crate = "not a path!")]
struct Widget {
    name: String,
}

fn main() {}
