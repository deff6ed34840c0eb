use graph_entity::GraphEntity;

// `etag` together with `key` on one field: the etag is `@odata.etag`, not the key property.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(etag, key)]
    id: Option<String>,
}

// `etag` together with `skip` on one field: a skipped field is not on the wire at all.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.gadget")]
struct Gadget {
    #[graph(skip, etag)]
    version: Option<String>,
}

fn main() {}
