use graph_entity::GraphEntity;

// `#[graph(open_type)]` on a struct without an `additional_data` field to keep the dynamic
// properties in.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.openWidget", open_type)]
struct Widget {
    name: String,
}

fn main() {}
