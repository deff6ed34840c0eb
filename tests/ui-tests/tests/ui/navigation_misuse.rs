use graph_entity::GraphEntity;

// `navigation` needs `Option<Box<T>>` or `Option<Vec<T>>`; `bind` needs `Option<String>` or
// `Option<Vec<String>>` and names a navigation property; neither goes with a role attribute.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
struct User {
    #[graph(navigation)]
    manager: Option<User2>,
    #[graph(navigation, key)]
    photo: Option<Box<User2>>,
    #[graph(bind = "manager")]
    manager_bind: Option<u32>,
    #[graph(bind = "owners", rename = "owners")]
    owners_bind: Option<Vec<String>>,
    #[graph(bind = "")]
    empty_bind: Option<String>,
    #[graph(navigation, bind = "memberOf")]
    member_of: Option<Vec<User2>>,
}

#[derive(Clone, Debug, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user2")]
struct User2 {
    id: Option<String>,
}

fn main() {}
