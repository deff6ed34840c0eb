//! The body of an OData action: its parameters as one JSON object.

use serde::Serialize;

/// The body of an OData action (`POST .../microsoft.graph.sendMail`): the action's parameters,
/// one member each. Derived with `#[derive(GraphEntity)]` and `#[graph(action = "...")]`
/// instead of `odata_type`:
///
/// - written without `"@odata.type"` and without its `None` members (a parameter left out is
///   not sent), so a value built with `..Default::default()` is the body;
/// - read with parameter names matched exactly, then ignoring ASCII case (the API reference
///   sends `Message` as well as `message`); any other member, an annotation included, is an
///   error naming it and the action, with "did you mean"; two members that match one parameter
///   are a duplicate;
/// - no patch type and no [`Entity`](crate::Entity): a body is sent once, never merged.
///
/// A complex or entity parameter is `#[graph(nested)]`: written as a nested value, with its own
/// `@odata.type` only where it is of a derived type.
///
/// ```
/// use graph_entity::{ActionBody, GraphEntity};
///
/// #[derive(Debug, Default, PartialEq, GraphEntity)]
/// #[graph(action = "microsoft.graph.getByIds")]
/// pub struct GetByIdsBody {
///     pub ids: Option<Vec<String>>,
///     pub types: Option<Vec<String>>,
/// }
///
/// let body = GetByIdsBody { ids: Some(vec!["84b80893".into()]), ..Default::default() };
/// assert_eq!(serde_json::to_string(&body)?, r#"{"ids":["84b80893"]}"#);
/// assert_eq!(GetByIdsBody::ACTION, "microsoft.graph.getByIds");
///
/// let read: GetByIdsBody = serde_json::from_str(r#"{"IDs": ["84b80893"]}"#)?;
/// assert_eq!(read, body);
///
/// let error = serde_json::from_str::<GetByIdsBody>(r#"{"type": ["user"]}"#).unwrap_err();
/// assert!(error.to_string().starts_with(
///     "unknown parameter \"type\" in the body of microsoft.graph.getByIds: did you mean `types`?"
/// ));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub trait ActionBody: Serialize {
    /// The action's qualified name (`microsoft.graph.sendMail`).
    const ACTION: &'static str;
}
