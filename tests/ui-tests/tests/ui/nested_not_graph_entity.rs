use graph_entity::GraphEntity;

#[derive(Clone, Debug, PartialEq, Default)]
struct Plain {
    value: u32,
}

// `#[graph(nested)]` on a type that does not derive `GraphEntity`.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(nested)]
    plain: Plain,
}

fn main() {}
