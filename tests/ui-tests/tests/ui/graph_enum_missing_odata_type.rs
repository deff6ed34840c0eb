use graph_entity::GraphEnum;

// `#[derive(GraphEnum)]` without `odata_type`.
#[derive(Clone, Debug, PartialEq, GraphEnum)]
enum Importance {
    Low,
    High,
}

fn main() {}
