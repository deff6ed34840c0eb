use graph_entity::GraphEntity;

// `#[graph(etag)]` on a field that is not an `Option<String>` (`@odata.etag` may be absent).
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(etag)]
    etag: String,
    name: String,
}

fn main() {}
