use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.group")]
pub struct Group {
    #[graph(key)]
    pub id: String,
}

// A polymorphic enum is no entity of its own (no patch, no open type) and its variants are named
// by their types' `odata_type` (no `rename`, no `default`).
#[derive(GraphEntity)]
#[graph(
    odata_type = "microsoft.graph.directoryObject",
    patch = "AnyPatch",
    open_type,
    rename_all = "snake_case"
)]
pub enum AnyDirectoryObject {
    #[graph(rename = "person")]
    User(User),
    #[graph(default)]
    Group(Group),
}

fn main() {}
