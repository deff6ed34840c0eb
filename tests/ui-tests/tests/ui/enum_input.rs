use graph_entity::GraphEntity;

// `GraphEntity` on a fieldless enum: an OData enum type derives `GraphEnum` instead.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
enum Widget {
    Small,
    Large,
}

fn main() {}
