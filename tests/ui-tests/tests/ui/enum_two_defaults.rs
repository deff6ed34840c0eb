use graph_entity::GraphEnum;

// `#[graph(default)]` on two variants.
#[derive(Clone, Debug, PartialEq, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
enum Importance {
    #[graph(default)]
    Low,
    #[graph(default)]
    Normal,
    High,
}

fn main() {}
