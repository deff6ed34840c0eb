use graph_entity::{Entity, GraphEntity};

// A recursive complex type: `Box<T>` implements `Nested` when `T` does, so a `nested` property
// may hold the type itself. Reading, writing and patching it compile and work.
#[derive(Clone, Debug, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.folder")]
pub struct Folder {
    name: Option<String>,
    #[graph(nested)]
    parent: Option<Box<Folder>>,
}

fn main() {
    let json = r#"{"name":"a","parent":{"name":"b","parent":null}}"#;
    let folder: Folder = serde_json::from_str(json).expect("valid folder");
    assert_eq!(
        serde_json::to_string(&folder).expect("serializable"),
        r##"{"@odata.type":"#microsoft.graph.folder","name":"a","parent":{"name":"b","parent":null}}"##
    );
    let mut renamed = folder.clone();
    if let Some(parent) = renamed.parent.as_mut() {
        parent.name = Some("c".to_owned());
    }
    let patch = folder.diff(&renamed);
    assert_eq!(
        serde_json::to_string(&patch).expect("serializable"),
        r##"{"@odata.type":"#microsoft.graph.folder","parent":{"name":"c"}}"##
    );
}
