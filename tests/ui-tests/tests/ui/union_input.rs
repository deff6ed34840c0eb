use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
union Widget {
    small: u32,
    large: u64,
}

fn main() {}
