use std::sync::Mutex;

use graph_entity::GraphEntity;

// `Mutex<String>` is `Serialize + Deserialize` but neither `Clone` nor `PartialEq`, which the
// patch type needs.
#[derive(Debug, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    name: Mutex<String>,
}

fn main() {}
