use graph_entity::{AdditionalData, GraphEntity};

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub struct DirectoryObject {
    #[graph(key)]
    pub id: String,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
}

// One variant reads the types no variant names.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryObject")]
pub enum AnyDirectoryObject {
    #[graph(other)]
    User(User),
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}

fn main() {}
