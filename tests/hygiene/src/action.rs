//! An action body (`#[graph(action = "...")]`) in the same hostile scope: the crate root's
//! shadowing items are in scope here too (`use super::*`), with no implicit prelude.

#[allow(unused_imports)]
use super::*;

/// The body of a made-up action, with a nested parameter and one that must be given.
#[derive(::std::fmt::Debug, ::std::cmp::PartialEq, ::graph_entity::GraphEntity)]
#[graph(action = "hygiene.send")]
pub struct SendBody {
    /// A nested value.
    #[graph(nested)]
    pub zone: ::std::option::Option<super::Zone>,
    /// A parameter that must be given.
    pub ids: ::std::vec::Vec<::std::string::String>,
    /// A keyword-named parameter.
    pub r#type: ::std::option::Option<::std::string::String>,
}

#[cfg(test)]
mod tests {
    use ::graph_entity::ActionBody;
    use ::std::assert_eq;
    use ::std::borrow::ToOwned;
    use ::std::option::Option::{None, Some};
    use ::std::vec;

    #[test]
    fn an_action_body_in_a_hostile_scope() {
        let body = super::SendBody {
            zone: None,
            ids: vec!["1".to_owned()],
            r#type: Some("user".to_owned()),
        };
        assert_eq!(
            ::serde_json::to_string(&body).expect("serializable"),
            r#"{"ids":["1"],"type":"user"}"#
        );
        let read: super::SendBody =
            ::serde_json::from_str(r#"{"IDS":["1"],"Type":"user"}"#).expect("valid body");
        assert_eq!(read, body);
        assert_eq!(super::SendBody::ACTION, "hygiene.send");
    }
}
