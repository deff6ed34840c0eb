use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct RenameWithoutValue {
    #[graph(rename)]
    name: String,
}

#[derive(GraphEntity)]
#[graph]
struct BareGraph {
    name: String,
}

#[derive(GraphEntity)]
#[graph = "microsoft.graph.widget"]
struct NameValueGraph {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct KeyWithParens {
    #[graph(key(true))]
    id: String,
}

fn main() {}
