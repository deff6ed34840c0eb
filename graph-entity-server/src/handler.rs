//! The one handler every request goes to: it reads the path itself, so that every failure,
//! unknown paths and methods included, is answered with an OData error body.

use std::error::Error as _;
use std::sync::atomic::Ordering;
use std::sync::{Arc, PoisonError};

use axum::body::{Bytes, to_bytes};
use axum::extract::{Request, State};
use axum::http::header::{
    ALLOW, CONTENT_LENGTH, CONTENT_TYPE, ETAG, HeaderValue, IF_MATCH, IF_NONE_MATCH, LOCATION,
    RETRY_AFTER,
};
use axum::http::{HeaderMap, HeaderName, Method, StatusCode};
use axum::response::Response;
use http_body_util::LengthLimitError;

use crate::reply::{self, CLIENT_REQUEST_ID, Ids, REQUEST_ID, quote};
use crate::route::{Target, route};
use crate::set::{CreateFailure, EntitySet, PatchFailure, Snapshot, etag, etag_matches};
use crate::shared::Shared;

const PREFER: HeaderName = HeaderName::from_static("prefer");
const PREFERENCE_APPLIED: HeaderName = HeaderName::from_static("preference-applied");

pub async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let n = shared.requests.fetch_add(1, Ordering::Relaxed) + 1;
    let request_id = reply::request_id(n);
    let client_request_id = request
        .headers()
        .get(CLIENT_REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| !v.is_empty() && v.len() <= 128)
        .map_or_else(|| request_id.clone(), str::to_owned);
    let ids = Ids {
        request_id,
        client_request_id,
    };
    let mut response = respond(&shared, request, &ids).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (REQUEST_ID, &ids.request_id),
        (CLIENT_REQUEST_ID, &ids.client_request_id),
    ] {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    }
    response
}

async fn respond(shared: &Shared, request: Request, ids: &Ids) -> Response {
    let fault = shared
        .faults
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .pop_front();
    if let Some(fault) = fault {
        let mut response = reply::error(fault.status, &fault.code, fault.message, ids);
        if let Some(seconds) = fault.retry_after {
            response.headers_mut().insert(RETRY_AFTER, seconds.into());
        }
        return response;
    }
    let path = request.uri().path().to_owned();
    let (version, target) = match route(shared, &path) {
        Ok(found) => found,
        Err(message) => {
            return reply::error(StatusCode::NOT_FOUND, "ResourceNotFound", message, ids);
        }
    };
    let method = request.method().clone();
    match (target, &method) {
        (Target::Collection(set_path, set), &Method::GET) => {
            let query = request.uri().query().unwrap_or_default().to_owned();
            collection(shared, version, set_path, set, &query, ids)
        }
        (Target::Collection(set_path, set), &Method::POST) => {
            create_entity(shared, version, set_path, set, request, ids).await
        }
        (Target::Entity(set_path, set, id), &Method::GET) => {
            get_entity(shared, version, set_path, set, &id, request.headers(), ids)
        }
        (Target::Entity(set_path, set, id), &Method::PATCH) => {
            patch_entity(shared, version, set_path, set, &id, request, ids).await
        }
        (Target::Function(report, args), &Method::GET) => {
            report.call(&shared.base_url, version, &args, ids)
        }
        (Target::Download(report), &Method::GET) => report.download(),
        (target, _) => {
            let allow = match target {
                Target::Entity(..) => "GET, PATCH",
                Target::Collection(..) => "GET, POST",
                _ => "GET",
            };
            // Extension methods are tokens of any length: show a bounded start.
            let shown: String = method.as_str().chars().take(64).collect();
            let message = format!("the method {shown} is not allowed here; allowed: {allow}");
            let mut response =
                reply::error(StatusCode::METHOD_NOT_ALLOWED, "BadRequest", message, ids);
            response
                .headers_mut()
                .insert(ALLOW, HeaderValue::from_static(allow));
            response
        }
    }
}

/// A page of the set: from `$skiptoken` (an index), at most `page_size` items, with an
/// `@odata.nextLink` when more follow.
fn collection(
    shared: &Shared,
    version: &str,
    set_path: &str,
    set: &dyn EntitySet,
    query: &str,
    ids: &Ids,
) -> Response {
    let token = query.split('&').find_map(|p| {
        p.strip_prefix("$skiptoken=")
            .or_else(|| p.strip_prefix("%24skiptoken="))
    });
    let start = match token.map(str::parse::<usize>) {
        None => 0,
        Some(Ok(start)) => start,
        Some(Err(_)) => {
            let message = format!("invalid $skiptoken {}", quote(token.unwrap_or_default()));
            return reply::error(StatusCode::BAD_REQUEST, "BadRequest", message, ids);
        }
    };
    let context = format!("{}/{version}/$metadata#{set_path}", shared.base_url);
    let all = set.list();
    let end = start.saturating_add(shared.page_size).min(all.len());
    let items: Vec<String> = all
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .map(|s| with_control(None, s))
        .collect();
    let mut body = format!(
        "{{\"@odata.context\":{},\"value\":[{}]",
        reply::json_string(&context),
        items.join(",")
    );
    if end < all.len() {
        let next = format!("{}/{version}/{set_path}?$skiptoken={end}", shared.base_url);
        body.push_str(",\"@odata.nextLink\":");
        body.push_str(&reply::json_string(&next));
    }
    body.push('}');
    reply::json(StatusCode::OK, body)
}

fn get_entity(
    shared: &Shared,
    version: &str,
    set_path: &str,
    set: &dyn EntitySet,
    id: &str,
    headers: &HeaderMap,
    ids: &Ids,
) -> Response {
    let Some(snapshot) = set.get(id) else {
        return not_found(set, id, ids);
    };
    let if_none_match = match header(headers, &IF_NONE_MATCH, ids) {
        Ok(value) => value,
        Err(response) => return *response,
    };
    if if_none_match.is_some_and(|list| etag_matches(list, snapshot.version)) {
        return with_etag(reply::empty(StatusCode::NOT_MODIFIED), snapshot.version);
    }
    entity_response(shared, version, set_path, &snapshot, StatusCode::OK)
}

async fn patch_entity(
    shared: &Shared,
    version: &str,
    set_path: &str,
    set: &dyn EntitySet,
    id: &str,
    request: Request,
    ids: &Ids,
) -> Response {
    let headers = request.headers();
    let if_match = match header(headers, &IF_MATCH, ids) {
        Ok(value) => value.map(str::to_owned),
        Err(response) => return *response,
    };
    let prefer_representation = headers
        .get_all(PREFER)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|p| p.trim().eq_ignore_ascii_case("return=representation"));
    let body = match json_body(shared, request, ids).await {
        Ok(body) => body,
        Err(response) => return *response,
    };
    match set.patch(id, &body, if_match.as_deref()) {
        Ok(snapshot) if prefer_representation => {
            let mut response =
                entity_response(shared, version, set_path, &snapshot, StatusCode::OK);
            response.headers_mut().insert(
                PREFERENCE_APPLIED,
                HeaderValue::from_static("return=representation"),
            );
            response
        }
        Ok(snapshot) => with_etag(reply::empty(StatusCode::NO_CONTENT), snapshot.version),
        Err(PatchFailure::NotFound) => not_found(set, id, ids),
        Err(PatchFailure::Stale { current }) => {
            let message = format!(
                "the entity has changed: If-Match does not name its current ETag {}",
                etag(current)
            );
            reply::error(
                StatusCode::PRECONDITION_FAILED,
                "PreconditionFailed",
                message,
                ids,
            )
        }
        Err(PatchFailure::BadBody(message)) => {
            reply::error(StatusCode::BAD_REQUEST, "BadRequest", message, ids)
        }
    }
}

/// `POST {set}`: creates the entity of the body (read by the entity reader) under its `id`,
/// or a new one when it has none; `201 Created` with the entity and `Location`.
async fn create_entity(
    shared: &Shared,
    version: &str,
    set_path: &str,
    set: &dyn EntitySet,
    request: Request,
    ids: &Ids,
) -> Response {
    let body = match json_body(shared, request, ids).await {
        Ok(body) => body,
        Err(response) => return *response,
    };
    match set.create(&body) {
        Ok((id, snapshot)) => {
            let mut response =
                entity_response(shared, version, set_path, &snapshot, StatusCode::CREATED);
            let location = format!("{}/{version}/{set_path}/{id}", shared.base_url);
            if let Ok(location) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(LOCATION, location);
            }
            response
        }
        Err(CreateFailure::Exists(id)) => {
            let message = format!(
                "a {} with id {} already exists",
                set.odata_type(),
                quote(&id)
            );
            reply::error(StatusCode::CONFLICT, "Conflict", message, ids)
        }
        Err(CreateFailure::BadBody(message)) => {
            reply::error(StatusCode::BAD_REQUEST, "BadRequest", message, ids)
        }
    }
}

/// The JSON body of a `PATCH` or `POST`: `413` over the limit (declared or read), `415` for
/// another content type, `400` when the body cannot be read (e.g. cut short).
async fn json_body(shared: &Shared, request: Request, ids: &Ids) -> Result<Bytes, Box<Response>> {
    let headers = request.headers();
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > shared.body_limit as u64) {
        return Err(Box::new(too_large(shared, ids)));
    }
    if !is_json(headers.get(CONTENT_TYPE)) {
        let message = format!(
            "the body of a {} must be `application/json`",
            request.method()
        );
        return Err(Box::new(reply::error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "BadRequest",
            message,
            ids,
        )));
    }
    match to_bytes(request.into_body(), shared.body_limit).await {
        Ok(body) => Ok(body),
        Err(e)
            if e.source()
                .is_some_and(<dyn std::error::Error>::is::<LengthLimitError>) =>
        {
            Err(Box::new(too_large(shared, ids)))
        }
        Err(e) => {
            let message = format!("the request body could not be read: {e}");
            Err(Box::new(reply::error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                message,
                ids,
            )))
        }
    }
}

fn entity_response(
    shared: &Shared,
    version: &str,
    set_path: &str,
    snapshot: &Snapshot,
    status: StatusCode,
) -> Response {
    let context = format!("{}/{version}/$metadata#{set_path}/$entity", shared.base_url);
    let body = with_control(Some(&context), snapshot);
    with_etag(reply::json(status, body), snapshot.version)
}

/// The entity's JSON with `@odata.context` (when given) and `@odata.etag` first: spliced into
/// the entity's own text, so its members keep their declaration order.
fn with_control(context: Option<&str>, snapshot: &Snapshot) -> String {
    let mut head = String::from("{");
    if let Some(context) = context {
        head.push_str("\"@odata.context\":");
        head.push_str(&reply::json_string(context));
        head.push(',');
    }
    head.push_str("\"@odata.etag\":");
    head.push_str(&reply::json_string(&etag(snapshot.version)));
    match snapshot.json.strip_prefix('{') {
        Some(rest) if !rest.trim_start().starts_with('}') => head + "," + rest,
        _ => head + "}",
    }
}

fn with_etag(mut response: Response, version: u64) -> Response {
    if let Ok(value) = HeaderValue::from_str(&etag(version)) {
        response.headers_mut().insert(ETAG, value);
    }
    response
}

fn not_found(set: &dyn EntitySet, id: &str, ids: &Ids) -> Response {
    let message = format!("no {} with id {}", set.odata_type(), quote(id));
    reply::error(StatusCode::NOT_FOUND, "ResourceNotFound", message, ids)
}

fn too_large(shared: &Shared, ids: &Ids) -> Response {
    let message = format!(
        "the request body is larger than {} bytes",
        shared.body_limit
    );
    reply::error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "RequestEntityTooLarge",
        message,
        ids,
    )
}

/// A header's text; a value that is not visible ASCII is a 400.
fn header<'h>(
    headers: &'h HeaderMap,
    name: &HeaderName,
    ids: &Ids,
) -> Result<Option<&'h str>, Box<Response>> {
    match headers.get(name).map(HeaderValue::to_str) {
        None => Ok(None),
        Some(Ok(value)) => Ok(Some(value)),
        Some(Err(_)) => Err(Box::new(reply::error(
            StatusCode::BAD_REQUEST,
            "BadRequest",
            format!("the {name} header is not visible ASCII"),
            ids,
        ))),
    }
}

/// `application/json`, any case, parameters (`charset`, `odata.metadata`) allowed.
fn is_json(content_type: Option<&HeaderValue>) -> bool {
    content_type
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim())
        .is_some_and(|media| media.eq_ignore_ascii_case("application/json"))
}
