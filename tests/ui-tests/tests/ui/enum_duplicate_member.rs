use graph_entity::GraphEnum;

// Two variants with the same wire name: `High` is renamed to `low`, which `Low` already is.
#[derive(Clone, Debug, PartialEq, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
enum Importance {
    Low,
    #[graph(rename = "low")]
    High,
}

fn main() {}
