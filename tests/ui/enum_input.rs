use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
enum Widget {
    Small,
    Large,
}

fn main() {}
