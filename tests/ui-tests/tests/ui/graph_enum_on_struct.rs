use graph_entity::GraphEnum;

// `#[derive(GraphEnum)]` on a struct: that is what `GraphEntity` is for.
#[derive(Clone, Debug, PartialEq, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
struct Importance {
    level: u8,
}

fn main() {}
