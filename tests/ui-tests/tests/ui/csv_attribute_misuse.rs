use graph_entity::GraphEntity;

#[derive(GraphEntity)]
#[graph(odata_type = "test.report")]
struct Report {
    #[graph(csv_skip)]
    required: i64,
    #[graph(csv = "Title", csv_skip)]
    both: Option<i64>,
    #[graph(csv = "")]
    empty: Option<i64>,
    #[graph(csv = "Same")]
    first: Option<i64>,
    #[graph(csv = "Same")]
    second: Option<i64>,
}

fn main() {}
