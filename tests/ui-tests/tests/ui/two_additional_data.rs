use graph_entity::{AdditionalData, GraphEntity};

// Two `#[graph(additional_data)]` fields.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    name: String,
    #[graph(additional_data)]
    rest: AdditionalData,
    #[graph(additional_data)]
    more: AdditionalData,
}

fn main() {}
