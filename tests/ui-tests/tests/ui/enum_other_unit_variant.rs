use graph_entity::GraphEnum;

// `#[graph(other)]` on a unit variant: it must hold the unknown member's text.
#[derive(Clone, Debug, PartialEq, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
enum Importance {
    Low,
    High,
    #[graph(other)]
    Other,
}

fn main() {}
