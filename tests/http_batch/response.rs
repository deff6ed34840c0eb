//! Reading Graph's example batch responses, item by item, and bad input.
//!
//! The example answers and the helpers are here; the tests are in `response/items.rs` (items read
//! as typed values), `response/errors.rs` (items that are OData errors) and `response/input.rs`
//! (answers that are not what a batch answer must be).

use std::collections::BTreeMap;
use std::time::Duration;

use graph_entity::http::{
    self as odata, BatchError, BatchResponse, BatchResponseItem, Error, Outcome, RetryAfter,
};
use graph_entity::{GraphEntity, Page};
use serde_json::json;

/// The batch response of Graph's JSON batching page, as published: five responses, two `200`
/// with a page each, two `403` (one with an empty error `code`), one `405`.
const GRAPH_EXAMPLE: &str = r##"{
    "responses": [
        {
            "id": "1",
            "status": 200,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "OData-Version": "4.0",
                "Content-Type": "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8"
            },
            "body": {
                "@odata.context": "https://graph.microsoft.com/beta/$metadata#directoryObjects",
                "@odata.nextLink": "https://graph.microsoft.com/beta/me/memberOf?$top=1&$skiptoken=RFNwdAoAAQAAAAAAAAAAFAAAAI45VMy0CO9Ei1L3Lr1q95UBAAAAAAAAAAAAAAAAAAAXMS4yLjg0MC4xMTM1NTYuMS40LjIzMzEGAAAAAAABURXWGePFEEGbudEn3SOTuQEDAQAAAQAAAAA",
                "value": [
                    {
                        "@odata.type": "#microsoft.graph.directoryRole",
                        "id": "21004afc-7bb2-4fe6-a1e1-074ebd3e52c1",
                        "deletedDateTime": null,
                        "description": "Can manage all aspects of users and groups, including resetting passwords for limited admins.",
                        "displayName": "User Administrator",
                        "roleTemplateId": "fe930be7-5e62-47db-91af-98c3a49a38b1"
                    }
                ]
            }
        },
        {
            "id": "2",
            "status": 403,
            "headers": {
                "Cache-Control": "no-cache",
                "X-ProxyCluster": "wus-001.tasks.osi.office.net",
                "X-OfficeCluster": "wus-001.tasks.osi.office.net",
                "X-Tasks-CorrelationId": "18a8e521-78a4-4129-9b6b-d678116464e7",
                "Content-Type": "application/json"
            },
            "body": {
                "error": {
                    "code": "",
                    "message": "You do not have the required permissions to access this item.",
                    "innerError": {
                        "date": "2025-02-13T10:17:05",
                        "request-id": "93b6f17e-c05d-4f45-ad2a-6665c708d8a0",
                        "client-request-id": "e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"
                    }
                }
            }
        },
        {
            "id": "3",
            "status": 403,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "Content-Type": "application/json"
            },
            "body": {
                "error": {
                    "code": "Authorization_RequestDenied",
                    "message": "Insufficient privileges to complete the operation.",
                    "innerError": {
                        "date": "2025-02-13T10:17:06",
                        "request-id": "93b6f17e-c05d-4f45-ad2a-6665c708d8a0",
                        "client-request-id": "e70c5c1b-8b47-68c0-3171-3d22f5e0bd54"
                    }
                }
            }
        },
        {
            "id": "4",
            "status": 405,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "Content-Type": "application/json"
            },
            "body": {
                "error": {
                    "code": "Request_BadRequest",
                    "message": "Specified HTTP method is not allowed for the request target.",
                    "innerError": {
                        "date": "2025-02-13T10:21:18",
                        "request-id": "3a3b1bf7-3596-4493-8264-de81e028071f",
                        "client-request-id": "e5f9a304-2796-b7e8-ccce-dd989953ebc4"
                    }
                }
            }
        },
        {
            "id": "5",
            "status": 200,
            "headers": {
                "Cache-Control": "no-cache",
                "x-ms-resource-unit": "1",
                "OData-Version": "4.0",
                "Content-Type": "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8"
            },
            "body": {
                "@odata.context": "https://graph.microsoft.com/beta/$metadata#users(id,displayName,userPrincipalName)",
                "@odata.count": 36,
                "value": [
                    {
                        "id": "10a1d484-cd1a-4162-a5a4-832370bac356",
                        "displayName": "Lynne Robbins",
                        "userPrincipalName": "LynneR@contoso.com"
                    }
                ]
            }
        }
    ]
}"##;

/// A cut of `microsoft.graph.directoryRole`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.directoryRole")]
struct DirectoryRole {
    #[graph(key)]
    id: String,
    deleted_date_time: Option<String>,
    description: Option<String>,
    display_name: Option<String>,
    role_template_id: Option<String>,
}

/// A cut of `microsoft.graph.user`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
struct GraphUser {
    #[graph(key)]
    id: String,
    display_name: Option<String>,
    user_principal_name: Option<String>,
}

/// A `microsoft.graph.user` that (wrongly) expects a number for `displayName`.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
struct NumberedUser {
    #[graph(key)]
    id: String,
    display_name: Option<i64>,
}

fn example() -> BatchResponse {
    serde_json::from_str(GRAPH_EXAMPLE).expect("Graph's example reads")
}

fn item<'a>(batch: &'a BatchResponse, id: &str) -> &'a BatchResponseItem {
    batch.get(id).unwrap_or_else(|| panic!("a response {id}"))
}

/// The `Error::Service` of an item that must fail: status, code, message.
fn service_error(item: &BatchResponseItem) -> (u16, String, String) {
    match item.read::<serde_json::Value>() {
        Err(Error::Service(e)) => (e.status.as_u16(), e.error.code, e.error.message),
        other => panic!("expected an OData error for {}, got {other:?}", item.id),
    }
}

fn read_error(json: &str) -> String {
    serde_json::from_str::<BatchResponse>(json)
        .expect_err(json)
        .to_string()
}

mod errors;
mod input;
mod items;
