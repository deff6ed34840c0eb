use graph_entity::GraphEntity;

#[derive(GraphEntity)]
struct Widget {
    #[graph(key)]
    id: String,
    name: String,
}

fn main() {}
