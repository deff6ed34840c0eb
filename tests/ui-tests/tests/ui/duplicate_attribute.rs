use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.widget",
    odata_type = "microsoft.graph.gadget"
)]
struct DuplicateType {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct DuplicateKey {
    #[graph(key, key)]
    id: String,
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct DuplicateKeySplit {
    #[graph(key)]
    #[graph(key)]
    id: String,
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct DuplicateRename {
    #[graph(rename = "displayName", rename = "title")]
    name: String,
}

fn main() {}
