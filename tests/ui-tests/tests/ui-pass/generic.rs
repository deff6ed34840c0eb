use graph_entity::{Entity, GraphEntity};

// A generic entity derives; the patch is generic over the same parameters.
#[derive(Clone, Debug, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.widget")]
pub struct Widget<T> {
    #[graph(key)]
    id: String,
    value: T,
    values: Vec<T>,
}

fn main() {
    let old = Widget {
        id: "w-1".to_owned(),
        value: 1_i64,
        values: vec![],
    };
    let mut new = old.clone();
    new.value = 2;
    let patch: WidgetPatch<i64> = old.diff(&new);
    assert_eq!(patch.value, Some(2));
}
