use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
}

// A row's `@odata.type` picks one variant: two variants of one type could never both be read.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    Member(User),
    Owner(User),
}

fn main() {}
