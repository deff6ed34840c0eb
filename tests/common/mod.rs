//! Test-local entities shared by the wire tests: together they use every field attribute and
//! both kinds of property (nullable `Option<T>` and non-nullable `T`).

use graph_entity::GraphEntity;
use graph_entity::edm::Date;

/// Non-nullable fields (`name`, `count`, `tags`, `sizes`), a non-nullable key, and one field per
/// attribute.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.widget")]
pub struct Widget {
    #[graph(key)]
    pub id: String,
    pub name: String,
    pub count: i64,
    pub note: Option<String>,
    #[graph(read_only)]
    pub created: Option<Date>,
    #[graph(rename = "colour")]
    pub color: Option<String>,
    #[graph(default)]
    pub tags: Vec<String>,
    #[graph(skip)]
    pub cache: u32,
    pub small: Option<i32>,
    pub unsigned: Option<u32>,
    #[graph(default)]
    pub sizes: Vec<i64>,
}

/// `rename_all` other than the default camelCase, and a `rename` that overrides it.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "test.gadget", rename_all = "PascalCase")]
pub struct Gadget {
    #[graph(key)]
    pub item_id: Option<String>,
    pub display_name: Option<String>,
    pub unit_count: Option<i64>,
    #[graph(rename = "legacyCode")]
    pub old_code: Option<String>,
}
