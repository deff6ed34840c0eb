use graph_entity::GraphEntity;

#[derive(Clone, Debug, PartialEq, Default)]
struct NotSerde {
    inner: u32,
}

#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(key)]
    id: String,
    settings: NotSerde,
}

fn main() {}
