//! Writing an entity or patch without its top-level `"@odata.type"`.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::Members;

/// Writes an entity or patch **without** the `"@odata.type"` member it normally starts with,
/// for the Graph endpoints that refuse the annotation in a request body:
///
/// ```
/// use graph_entity::{GraphEntity, OmitODataType};
///
/// #[derive(Debug, Clone, PartialEq, GraphEntity)]
/// #[graph(odata_type = "microsoft.graph.todoTaskList")]
/// pub struct TodoTaskList {
///     #[graph(key)]
///     pub id: String,
///     pub display_name: Option<String>,
/// }
///
/// let patch = TodoTaskListPatch { display_name: Some(Some("Groceries".into())) };
/// assert_eq!(
///     serde_json::to_string(&patch)?,
///     r##"{"@odata.type":"#microsoft.graph.todoTaskList","displayName":"Groceries"}"##
/// );
/// assert_eq!(
///     serde_json::to_string(&OmitODataType(&patch))?,
///     r#"{"displayName":"Groceries"}"#
/// );
///
/// // Over a slice: an array, each element without its annotation.
/// let lists = [TodoTaskList { id: "a".into(), display_name: Some("Groceries".into()) }];
/// assert_eq!(
///     serde_json::to_string(&OmitODataType(&lists[..]))?,
///     r#"[{"id":"a","displayName":"Groceries"}]"#
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// To leave it out for every value of a type, put `#[graph(omit_odata_type)]` on the struct
/// instead. Which endpoints need this is in the [crate docs](crate#writing-odatatype).
#[derive(Debug, Clone, Copy)]
pub struct OmitODataType<'a, T: ?Sized>(pub &'a T);

impl<T: Members + ?Sized> Serialize for OmitODataType<'_, T> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        self.0.write_members(&mut map)?;
        map.end()
    }
}

/// A slice: a JSON array, each element without its `"@odata.type"`. (The derive writes a
/// collection of nested values so.)
impl<T: Members> Serialize for OmitODataType<'_, [T]> {
    #[inline]
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(OmitODataType))
    }
}
