use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct KeyWithValue {
    #[graph(key = "yes")]
    id: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = 5)]
struct TypeNotString {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct RenameNotString {
    #[graph(rename = true)]
    name: String,
}

fn main() {}
