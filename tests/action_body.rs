//! `#[graph(action = "...")]`: an action's body (DESIGN Part 3, "Action bodies"). Written
//! without `@odata.type` and without `None`s, read with names matched ignoring case, and
//! strict: an unknown parameter, a duplicate and a wrong value are errors naming the parameter
//! and the action.

use graph_entity::{ActionBody, GraphEntity};
use serde_json::json;

/// A cut of `microsoft.graph.recipient` and one derived type, for a polymorphic parameter.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.emailAddress", omit_none)]
pub struct EmailAddress {
    pub address: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.recipient", omit_none)]
pub struct Recipient {
    #[graph(nested)]
    pub email_address: Option<EmailAddress>,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.attendee", omit_none)]
pub struct Attendee {
    #[graph(nested)]
    pub email_address: Option<EmailAddress>,
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.recipient")]
pub enum AnyRecipient {
    Attendee(Attendee),
    #[graph(other)]
    Recipient(Recipient),
}

/// A cut of `microsoft.graph.message`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.message", omit_none)]
pub struct Message {
    #[graph(key)]
    pub id: Option<String>,
    pub subject: Option<String>,
    #[graph(nested)]
    pub to_recipients: Option<Vec<AnyRecipient>>,
}

/// `microsoft.graph.sendMail`, bound to `user`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(action = "microsoft.graph.sendMail")]
pub struct UserSendMailBody {
    #[graph(nested)]
    pub message: Option<Message>,
    pub save_to_sent_items: Option<bool>,
}

/// A body with a parameter that must be given (not an `Option`).
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(action = "microsoft.graph.getByIds")]
pub struct GetByIdsBody {
    pub ids: Vec<String>,
    pub types: Option<Vec<String>>,
}

fn send_mail() -> UserSendMailBody {
    UserSendMailBody {
        message: Some(Message {
            subject: Some("Lunch?".into()),
            to_recipients: Some(vec![AnyRecipient::Recipient(Recipient {
                email_address: Some(EmailAddress {
                    address: Some("adele@contoso.com".into()),
                    name: None,
                }),
            })]),
            ..Default::default()
        }),
        save_to_sent_items: Some(false),
    }
}

#[test]
fn written_without_odata_type_and_without_nones() {
    let body = send_mail();
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({
            "message": {
                "subject": "Lunch?",
                "toRecipients": [{"emailAddress": {"address": "adele@contoso.com"}}]
            },
            "saveToSentItems": false
        })
    );
    assert_eq!(
        serde_json::to_string(&UserSendMailBody::default()).unwrap(),
        "{}"
    );
    assert_eq!(UserSendMailBody::ACTION, "microsoft.graph.sendMail");
}

#[test]
fn a_derived_parameter_value_carries_its_type() {
    let mut body = send_mail();
    let message = body.message.as_mut().unwrap();
    message.to_recipients = Some(vec![AnyRecipient::Attendee(Attendee {
        r#type: Some("required".into()),
        ..Default::default()
    })]);
    let written = serde_json::to_value(&body).unwrap();
    assert_eq!(
        written["message"]["toRecipients"][0],
        json!({"@odata.type": "#microsoft.graph.attendee", "type": "required"})
    );
    let read: UserSendMailBody = serde_json::from_value(written).unwrap();
    assert_eq!(read, body);
}

#[test]
fn read_back_unchanged() {
    let body = send_mail();
    let text = serde_json::to_string(&body).unwrap();
    assert_eq!(
        serde_json::from_str::<UserSendMailBody>(&text).unwrap(),
        body
    );
}

#[test]
fn names_are_matched_ignoring_case() {
    // The API reference writes parameters as the schema spells them, too (`Message`).
    let read: UserSendMailBody = serde_json::from_value(json!({
        "Message": {"subject": "Lunch?"},
        "SaveToSentItems": false
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.message.unwrap().subject.as_deref(), Some("Lunch?"));
    assert_eq!(read.save_to_sent_items, Some(false));
}

fn error_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(value: serde_json::Value) -> String {
    serde_json::from_value::<T>(value).unwrap_err().to_string()
}

#[test]
fn an_unknown_parameter_is_an_error_with_a_suggestion() {
    assert_eq!(
        error_of::<UserSendMailBody>(json!({"saveToSentItem": true})),
        "unknown parameter \"saveToSentItem\" in the body of microsoft.graph.sendMail: did you \
         mean `saveToSentItems`?"
    );
    assert_eq!(
        error_of::<UserSendMailBody>(json!({"comment": "hi"})),
        "unknown parameter \"comment\" in the body of microsoft.graph.sendMail: its parameters are \
         `message`, `saveToSentItems`"
    );
}

#[test]
fn a_body_has_no_annotations() {
    let error = error_of::<UserSendMailBody>(json!({"@odata.type": "#microsoft.graph.sendMail"}));
    assert!(
        error.starts_with(
            "unknown parameter \"@odata.type\" in the body of microsoft.graph.sendMail"
        ),
        "{error}"
    );
}

#[test]
fn two_spellings_of_one_parameter_are_a_duplicate() {
    assert_eq!(
        error_of::<UserSendMailBody>(json!({"saveToSentItems": true, "SaveToSentItems": false})),
        "duplicate property `saveToSentItems` of the body of microsoft.graph.sendMail: each \
         property may appear once"
    );
}

#[test]
fn a_wrong_value_names_the_parameter_and_the_action() {
    let error = error_of::<UserSendMailBody>(json!({"saveToSentItems": [1]}));
    assert!(
        error.contains("`saveToSentItems` of the body of microsoft.graph.sendMail"),
        "{error}"
    );
    let error = error_of::<UserSendMailBody>(json!({"message": {"subject": 7}}));
    assert!(
        error.contains("`subject` of microsoft.graph.message"),
        "{error}"
    );
    let error = error_of::<UserSendMailBody>(json!([]));
    assert!(
        error.contains("the body of microsoft.graph.sendMail (a JSON object)"),
        "{error}"
    );
}

#[test]
fn a_parameter_that_is_no_option_must_be_given() {
    assert_eq!(
        error_of::<GetByIdsBody>(json!({"types": ["user"]})),
        "missing property `ids` of the body of microsoft.graph.getByIds: the property is not \
         nullable and has no default"
    );
    let body: GetByIdsBody = serde_json::from_value(json!({"ids": ["1", "2"]})).unwrap();
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"ids": ["1", "2"]})
    );
}
