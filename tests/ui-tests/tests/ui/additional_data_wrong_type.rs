use graph_entity::GraphEntity;

// `#[graph(additional_data)]` on a field that is not a `graph_entity::AdditionalData`.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    name: String,
    #[graph(additional_data)]
    rest: String,
}

fn main() {}
