use graph_entity::GraphEnum;

// `#[graph(other)]` on a second variant: one variant keeps the unknown members.
#[derive(Clone, Debug, PartialEq, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
enum Importance {
    Low,
    High,
    #[graph(other)]
    Other(String),
    #[graph(other)]
    Unknown(String),
}

fn main() {}
