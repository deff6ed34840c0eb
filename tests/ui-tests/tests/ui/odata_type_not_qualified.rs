use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "")]
struct Empty {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "widget")]
struct NoNamespace {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "#microsoft.graph.widget")]
struct LeadingHash {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.big widget")]
struct Spaces {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.big-widget")]
struct Hyphen {
    name: String,
}

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft..widget")]
struct EmptySegment {
    name: String,
}

fn main() {}
