//! The update round trip over real sockets (loopback only): `graph_entity::http` requests sent
//! with `reqwest` to the embedded endpoint (`graph-entity-server`), answers read back with
//! `graph_entity::http::read_response`.

use graph_entity::edm::Date;
use graph_entity::http::{self as odata, Outcome};
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{Entity, Page, RebaseError, rebase};
use graph_entity_server::{RunningServer, Server};

#[path = "common/loopback.rs"]
mod loopback;

use loopback::loopback_client;

const SEED_REQUEST: &str = include_str!("fixtures/seed-request.json");
const SEED_RESPONSE: &str = include_str!("fixtures/seed-response.json");
const ID: &str = "618f6b62-6b62-618f-626b-8f61626b8f61";
const SET: &str = "reports/office365ServicesUserCounts";

/// The seed page's placeholder `"Date"`, made a date.
fn with_date(json: &str) -> String {
    json.replace("\"Date\"", "\"2017-09-01\"")
}

fn stored() -> Office365ServicesUserCounts {
    Office365ServicesUserCounts {
        id: Some(ID.to_owned()),
        report_refresh_date: Some(Date::new(2017, 8, 25).expect("a date")),
        exchange_active: Some(9),
        teams_active: Some(3),
        report_period: Some("7".to_owned()),
        ..Office365ServicesUserCounts::default()
    }
}

fn start() -> RunningServer {
    Server::builder()
        .entity_set(SET, [(ID.to_owned(), stored())])
        .report("reports/getOffice365ServicesUserCounts", [stored()])
        .start()
        .expect("the endpoint starts")
}

fn entity_url(server: &RunningServer) -> String {
    server.url(&format!("beta/{SET}/{ID}"))
}

/// The `reqwest` glue of the `graph_entity::http` docs.
async fn send(
    client: &reqwest::Client,
    request: http::Request<Vec<u8>>,
) -> http::Response<Vec<u8>> {
    let request = reqwest::Request::try_from(request).expect("reqwest takes the request");
    let answer = client.execute(request).await.expect("the endpoint answers");
    let mut response = http::Response::new(Vec::new());
    *response.status_mut() = answer.status();
    *response.headers_mut() = answer.headers().clone();
    *response.body_mut() = answer.bytes().await.expect("a body").to_vec();
    response
}

async fn get(client: &reqwest::Client, url: &str) -> (Office365ServicesUserCounts, String) {
    let response = send(client, odata::get(url).build().expect("a request")).await;
    match odata::read_response(&response).expect("an entity") {
        Outcome::Entity {
            value,
            etag: Some(etag),
        } => (value, etag),
        other => panic!("expected an entity with an ETag, got {other:?}"),
    }
}

#[tokio::test]
async fn the_seed_exchange_patch_with_if_match_answers_the_seed_response() {
    let server = start();
    let client = loopback_client();
    let url = entity_url(&server);

    let response = send(&client, odata::get(&url).build().expect("a request")).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["etag"], r#"W/"1""#);
    let body = String::from_utf8(response.body().clone()).expect("UTF-8");
    let context = server.url("beta/$metadata#reports/office365ServicesUserCounts/$entity");
    assert!(
        body.starts_with(&format!(
            r##"{{"@odata.context":"{context}","@odata.etag":"W/\"1\"","@odata.type":"#microsoft.graph.office365ServicesUserCounts","id":"{ID}","reportRefreshDate":"2017-08-25","exchangeActive":9,"##
        )),
        "{body}"
    );

    let patch: Office365ServicesUserCountsPatch =
        serde_json::from_str(&with_date(SEED_REQUEST)).expect("the seed request reads");
    let request = odata::patch(&url, &patch)
        .if_match(r#"W/"1""#)
        .return_representation()
        .build()
        .expect("a request");
    let response = send(&client, request).await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["preference-applied"],
        "return=representation"
    );
    let expected: Office365ServicesUserCounts =
        serde_json::from_str(&with_date(SEED_RESPONSE)).expect("the seed response reads");
    assert_eq!(
        odata::read_response(&response).expect("an entity"),
        Outcome::Entity {
            value: expected,
            etag: Some(r#"W/"2""#.to_owned())
        }
    );
}

#[tokio::test]
async fn patch_without_prefer_answers_204_with_the_new_etag() {
    let server = start();
    let client = loopback_client();
    let url = entity_url(&server);
    let patch = Office365ServicesUserCountsPatch {
        exchange_active: Some(Some(10)),
        teams_active: Some(None),
        ..Default::default()
    };
    let request = odata::patch(&url, &patch)
        .if_match(r#"W/"1""#)
        .build()
        .expect("a request");
    let response = send(&client, request).await;
    assert_eq!(response.status(), 204);
    assert!(response.body().is_empty());
    assert_eq!(
        odata::read_response::<Office365ServicesUserCounts, _>(&response).expect("no content"),
        Outcome::NoContent {
            etag: Some(r#"W/"2""#.to_owned())
        }
    );
    let (now, etag) = get(&client, &url).await;
    assert_eq!(
        (now.exchange_active, now.teams_active, etag.as_str()),
        (Some(10), None, r#"W/"2""#)
    );
}

#[tokio::test]
async fn if_none_match_with_the_current_etag_answers_304() {
    let server = start();
    let client = loopback_client();
    let url = entity_url(&server);
    let request = odata::get(&url)
        .if_none_match(r#"W/"1""#)
        .build()
        .expect("a request");
    let response = send(&client, request).await;
    assert_eq!(response.status(), 304);
    assert_eq!(
        odata::read_response::<Office365ServicesUserCounts, _>(&response).expect("an outcome"),
        Outcome::NotModified
    );
    let request = odata::get(&url)
        .if_none_match(r#"W/"0""#)
        .build()
        .expect("a request");
    assert_eq!(send(&client, request).await.status(), 200);
}

#[tokio::test]
async fn a_stale_etag_answers_412_and_a_rebased_patch_then_succeeds() {
    let server = start();
    let me = loopback_client();
    let them = loopback_client();
    let url = entity_url(&server);
    let (base, etag) = get(&me, &url).await;

    let theirs = Office365ServicesUserCountsPatch {
        teams_active: Some(Some(42)),
        ..Default::default()
    };
    let request = odata::patch(&url, &theirs)
        .if_match(&etag)
        .build()
        .expect("a request");
    assert_eq!(send(&them, request).await.status(), 204);

    let mine = Office365ServicesUserCountsPatch {
        exchange_active: Some(Some(16)),
        ..Default::default()
    };
    let request = odata::patch(&url, &mine)
        .if_match(&etag)
        .build()
        .expect("a request");
    let response = send(&me, request).await;
    let Outcome::PreconditionFailed { error: Some(error) } =
        odata::read_response::<Office365ServicesUserCounts, _>(&response).expect("an outcome")
    else {
        panic!("expected 412 with an error body, got {}", response.status());
    };
    assert_eq!(error.code, "PreconditionFailed");
    assert_eq!(
        error.message,
        r#"the entity has changed: If-Match does not name its current ETag W/"2""#
    );

    let (current, etag) = get(&me, &url).await;
    let rebased = rebase(&base, mine, &current).expect("no conflict");
    let request = odata::patch(&url, &rebased)
        .if_match(&etag)
        .return_representation()
        .build()
        .expect("a request");
    let after = send(&me, request).await;
    let after = odata::read_response::<Office365ServicesUserCounts, _>(&after).expect("an entity");
    let after = after.into_value().expect("an entity");
    assert_eq!(
        (after.exchange_active, after.teams_active),
        (Some(16), Some(42))
    );
}

#[tokio::test]
async fn a_conflicting_concurrent_change_is_reported_as_a_conflict() {
    let server = start();
    let me = loopback_client();
    let them = loopback_client();
    let url = entity_url(&server);
    let (base, etag) = get(&me, &url).await;
    let theirs = Office365ServicesUserCountsPatch {
        exchange_active: Some(Some(20)),
        ..Default::default()
    };
    let request = odata::patch(&url, &theirs)
        .if_match(&etag)
        .build()
        .expect("a request");
    assert_eq!(send(&them, request).await.status(), 204);

    let mut wanted = base.clone();
    wanted.exchange_active = Some(30);
    let mine = base.diff(&wanted);
    let request = odata::patch(&url, &mine)
        .if_match(&etag)
        .build()
        .expect("a request");
    assert_eq!(send(&me, request).await.status(), 412);
    let (current, _) = get(&me, &url).await;
    let Err(RebaseError::Conflicts(conflicts)) = rebase(&base, mine, &current) else {
        panic!("expected a conflict");
    };
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].path, "exchangeActive");
    assert_eq!(
        (conflicts[0].mine.clone(), conflicts[0].theirs.clone()),
        (30.into(), 20.into())
    );
}

#[tokio::test]
async fn the_collection_is_a_page_of_entities_with_their_etags() {
    let server = start();
    let client = loopback_client();
    let response = send(
        &client,
        odata::get(server.url(&format!("v1.0/{SET}")))
            .build()
            .expect("a request"),
    )
    .await;
    let page: Page<Office365ServicesUserCounts> = odata::read_response(&response)
        .expect("a page")
        .into_value()
        .expect("a body");
    assert_eq!(page.value, [stored()]);
    assert_eq!(
        page.context,
        Some(server.url("v1.0/$metadata#reports/office365ServicesUserCounts"))
    );
    assert_eq!(
        page.next_request()
            .expect("no broken link")
            .map(|r| r.uri().clone()),
        None
    );
}

#[tokio::test]
async fn the_beta_report_answers_json_and_v1_redirects_to_a_csv_download() {
    let server = start();
    let client = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client");
    let function = "reports/getOffice365ServicesUserCounts(period='D7')";

    let response = send(
        &client,
        odata::get(server.url(&format!("beta/{function}")))
            .build()
            .expect("a request"),
    )
    .await;
    let page: Page<Office365ServicesUserCounts> = odata::read_response(&response)
        .expect("a page")
        .into_value()
        .expect("a body");
    assert_eq!(page.value, [stored()]);

    let response = send(
        &client,
        odata::get(server.url(&format!("v1.0/{function}")))
            .build()
            .expect("a request"),
    )
    .await;
    assert_eq!(response.status(), 302);
    let location = response.headers()["location"]
        .to_str()
        .expect("ASCII")
        .to_owned();
    assert_eq!(
        location,
        server.url("downloads/getOffice365ServicesUserCounts.csv")
    );

    // A client that follows redirects, as reqwest does by default, lands on the CSV.
    let following = loopback_client();
    let csv = following
        .get(server.url(&format!("v1.0/{function}")))
        .send()
        .await
        .expect("an answer")
        .bytes()
        .await
        .expect("a body");
    let rows: Vec<Office365ServicesUserCounts> = graph_entity::csv::read(&csv[..])
        .collect::<Result<_, _>>()
        .expect("the CSV reads");
    assert_eq!(
        rows,
        [Office365ServicesUserCounts {
            id: None,
            ..stored()
        }]
    );

    let response = send(
        &client,
        odata::get(server.url("beta/reports/getOffice365ServicesUserCounts(period='D8')"))
            .build()
            .expect("a request"),
    )
    .await;
    let err = odata::read_response::<Page<Office365ServicesUserCounts>, _>(&response).unwrap_err();
    assert_eq!(
        err.odata_error().map(|e| e.message.as_str()),
        Some(
            "invalid arguments (period='D8') for reports/getOffice365ServicesUserCounts: expected period='D7', 'D30', 'D90' or 'D180'"
        )
    );
}

fn numbered(n: usize) -> (String, Office365ServicesUserCounts) {
    let counts = Office365ServicesUserCounts {
        id: Some(n.to_string()),
        exchange_active: Some(i64::try_from(n).expect("small")),
        ..Default::default()
    };
    (format!("{n:02}"), counts)
}

#[tokio::test]
async fn next_request_follows_the_next_links_to_the_last_page() {
    let server = Server::builder()
        .entity_set(SET, (1..=5).map(numbered))
        .page_size(2)
        .start()
        .expect("the endpoint starts");
    let client = loopback_client();
    let mut request = Some(
        odata::get(server.url(&format!("beta/{SET}")))
            .build()
            .expect("a request"),
    );
    let mut pages = Vec::new();
    while let Some(next) = request {
        let response = send(&client, next).await;
        let page: Page<Office365ServicesUserCounts> = odata::read_response(&response)
            .expect("a page")
            .into_value()
            .expect("a body");
        request = page.next_request().expect("a valid link");
        pages.push(
            page.value
                .iter()
                .map(|e| e.exchange_active.unwrap_or(0))
                .collect::<Vec<_>>(),
        );
    }
    assert_eq!(pages, [vec![1, 2], vec![3, 4], vec![5]]);
}

#[test]
fn the_pages_iterator_reads_every_page_with_a_blocking_sender() {
    let server = Server::builder()
        .entity_set(SET, (1..=5).map(numbered))
        .page_size(3)
        .start()
        .expect("the endpoint starts");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let client = loopback_client();
    let first = odata::get(server.url(&format!("v1.0/{SET}")))
        .build()
        .expect("a request");
    let items: Vec<Option<i64>> =
        odata::pages::<Office365ServicesUserCounts, _, odata::Error, _>(first, |request| {
            Ok(runtime.block_on(send(&client, request)))
        })
        .map(|page| page.expect("a page").value)
        .flat_map(|value| value.into_iter().map(|e| e.exchange_active))
        .collect();
    assert_eq!(items, [Some(1), Some(2), Some(3), Some(4), Some(5)]);

    let bad = odata::get(server.url(&format!("v1.0/{SET}?$skiptoken=x")))
        .build()
        .expect("a request");
    let mut pages =
        odata::pages::<Office365ServicesUserCounts, _, odata::Error, _>(bad, |request| {
            Ok(runtime.block_on(send(&client, request)))
        });
    let err = pages.next().expect("an answer").unwrap_err();
    assert_eq!(
        err.odata_error().map(|e| e.message.as_str()),
        Some("invalid $skiptoken \"x\"")
    );
    assert!(pages.next().is_none(), "the iterator stops after an error");
}

#[tokio::test]
async fn post_creates_the_entity_under_a_new_id_and_a_taken_id_is_a_conflict() {
    let server = start();
    let client = loopback_client();
    let collection = server.url(&format!("beta/{SET}"));
    let new = Office365ServicesUserCounts {
        exchange_active: Some(3),
        ..Default::default()
    };
    let response = send(
        &client,
        odata::post(&collection, &new).build().expect("a request"),
    )
    .await;
    assert_eq!(response.status(), 201);
    assert_eq!(
        response.headers()["location"],
        server.url(&format!("beta/{SET}/1"))
    );
    let created = Office365ServicesUserCounts {
        id: Some("1".to_owned()),
        ..new
    };
    assert_eq!(
        odata::read_response(&response).expect("an entity"),
        Outcome::Entity {
            value: created.clone(),
            etag: Some(r#"W/"1""#.to_owned())
        }
    );
    assert_eq!(get(&client, &format!("{collection}/1")).await.0, created);

    let taken = Office365ServicesUserCounts {
        id: Some(ID.to_owned()),
        ..Default::default()
    };
    let response = send(
        &client,
        odata::post(&collection, &taken).build().expect("a request"),
    )
    .await;
    let err = odata::read_response::<Office365ServicesUserCounts, _>(&response).unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(409));
    assert_eq!(
        err.odata_error().map(|e| e.message.as_str()),
        Some(
            format!(
                "a microsoft.graph.office365ServicesUserCounts with id \"{ID}\" already exists"
            )
            .as_str()
        )
    );
}
