use graph_entity::GraphEnum;

// A GraphEnum variant with fields that is not the `other` variant.
#[derive(Clone, Debug, PartialEq, GraphEnum)]
#[graph(odata_type = "microsoft.graph.importance")]
enum Importance {
    Low,
    High(u8),
    Custom { level: u8 },
}

fn main() {}
