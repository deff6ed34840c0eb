use graph_entity::{AdditionalData, GraphEntity};

// `open_type` (a struct attribute) written on a field.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.openWidget")]
struct Widget {
    name: String,
    #[graph(additional_data, open_type)]
    additional_data: AdditionalData,
}

fn main() {}
