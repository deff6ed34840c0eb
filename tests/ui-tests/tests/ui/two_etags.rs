use graph_entity::GraphEntity;

// Two `#[graph(etag)]` fields.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(etag)]
    etag: Option<String>,
    #[graph(etag)]
    version: Option<String>,
}

fn main() {}
