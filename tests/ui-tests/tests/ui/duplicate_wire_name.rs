use graph_entity::GraphEntity;

// Two fields renamed to the same name.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct ViaRename {
    #[graph(rename = "title")]
    name: String,
    #[graph(rename = "title")]
    label: String,
}

// `report_period` is `reportPeriod` under the default `camelCase`.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct ViaRenameAll {
    report_period: String,
    #[graph(rename = "reportPeriod")]
    period: String,
}

// `office_365_active` and `office365_active` are both `office365Active` under `camelCase`.
#[derive(GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
struct ViaCamelCase {
    office_365_active: i64,
    office365_active: i64,
}

fn main() {}
