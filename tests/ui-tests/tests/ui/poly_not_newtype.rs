use graph_entity::{AdditionalData, GraphEntity};

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// Each variant of a polymorphic enum wraps one `GraphEntity` struct: no unit, tuple or struct
// variants (each is reported).
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    User(User),
    Nobody,
    Pair(User, User),
    Named { user: User },
}

fn main() {}
