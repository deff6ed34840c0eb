use graph_entity::GraphEntity;

// `#[graph(etag)]` on an `Option` of something other than `String`: `@odata.etag` is a string.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(etag)]
    etag: Option<u32>,
    name: String,
}

fn main() {}
