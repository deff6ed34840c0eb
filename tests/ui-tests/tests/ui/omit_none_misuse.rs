use graph_entity::{GraphEntity, GraphEnum};

// `omit_none` is a struct attribute: not on a field, not on an enum, and it takes no value.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct OnAField {
    #[graph(omit_none)]
    name: Option<String>,
}

#[derive(GraphEnum)]
#[graph(odata_type = "microsoft.graph.level", omit_none)]
enum OnAnEnum {
    Low,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget", omit_none = "yes")]
struct WithAValue {
    name: Option<String>,
}

fn main() {}
