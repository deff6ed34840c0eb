use graph_entity::GraphEntity;

#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.place")]
struct Place {
    name: String,
}

// `#[graph(nested)]` on `Option<Place>` where `Place` has no `Default`: a nested patch applied
// to `None` starts from `Place::default()`.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.event")]
struct Event {
    #[graph(nested)]
    location: Option<Place>,
}

fn main() {}
