use graph_entity::{Entity, GraphEntity, Patch};

// Every attribute, used correctly, compiles.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget", rename_all = "camelCase")]
pub struct Widget {
    #[graph(key)]
    id: String,
    #[graph(read_only)]
    created_date_time: String,
    #[graph(rename = "title")]
    display_name: String,
    description: Option<String>,
    #[graph(default)]
    size: i64,
    #[graph(skip)]
    cache: Vec<u8>,
}

mod sdk {
    pub use graph_entity;
}

// `crate = "..."` names the runtime crate through a re-export.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(
    odata_type = "contoso.gadget",
    crate = "sdk::graph_entity",
    rename_all = "PascalCase"
)]
pub struct Gadget {
    #[graph(key)]
    id: String,
    gadget_name: String,
}

fn main() {
    let patch = WidgetPatch {
        display_name: Some("New".to_owned()),
        description: Some(None),
        ..Default::default()
    };
    assert!(!patch.is_empty());
    let _ = <Widget as Entity>::ODATA_TYPE;
    let _ = GadgetPatch {
        gadget_name: Some("x".to_owned()),
    };
}
