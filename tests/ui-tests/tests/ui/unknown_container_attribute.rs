use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.widget",
    odata_typ = "microsoft.graph.widget"
)]
struct Typo {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget", deny_unknown_fields)]
struct NoCloseMatch {
    name: String,
}

fn main() {}
