use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct Widget {
    #[graph(rename = "")]
    name: String,
    #[graph(rename = "@odata.etag")]
    etag: String,
}

fn main() {}
