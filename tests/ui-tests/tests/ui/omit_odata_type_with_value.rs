use graph_entity::GraphEntity;

// `omit_odata_type` takes no value.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget", omit_odata_type = "x")]
struct Widget {
    name: String,
}

fn main() {}
