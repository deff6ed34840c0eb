use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
}

// CSV reports have one row type: a polymorphic enum has no columns.
fn main() {
    let _ = graph_entity::csv::read::<AnyDirectoryObject, _>(&b""[..]);
}
