use graph_entity::GraphEntity;

// An error early in one `#[graph(...)]` must not hide the attributes after it: `odata_type` is
// given here, so there must be no "missing `odata_type`" error.
#[derive(GraphEntity)]
#[graph(key, odata_type = "microsoft.graph.widget")]
struct FieldAttributeFirst {
    name: String,
}

#[derive(GraphEntity)]
#[graph(
    odata_typ = "microsoft.graph.widget",
    odata_type = "microsoft.graph.widget"
)]
struct TypoFirst {
    name: String,
}

// `key` after the typo must still count: the second `key` below is a duplicate.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct FieldTypoFirst {
    #[graph(red_only, key)]
    id: String,
    #[graph(key)]
    serial: String,
}

fn main() {}
