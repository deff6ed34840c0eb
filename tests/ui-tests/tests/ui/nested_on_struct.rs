use graph_entity::GraphEntity;

// `nested` (a field attribute) written on the struct.
#[derive(Clone, Debug, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.dateTimeTimeZone", nested)]
struct DateTimeTimeZone {
    date_time: Option<String>,
}

fn main() {}
