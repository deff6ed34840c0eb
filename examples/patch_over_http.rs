//! The page "Update office365ServicesUserCounts" over a real socket: GET, PATCH with
//! `If-Match`, a concurrent change, `412 Precondition Failed`, re-read, rebase, PATCH again.
//!
//! Run it with `cargo run --example patch_over_http`. It starts the embedded OData endpoint
//! (`graph-entity-server`) on `127.0.0.1` and talks to it with `reqwest`; every request and
//! response is printed the way the page shows them.

use graph_entity::edm::Date;
use graph_entity::http::{self as odata, Outcome};
use graph_entity::models::{Office365ServicesUserCounts, Office365ServicesUserCountsPatch};
use graph_entity::{Entity, RebaseError, rebase};
use graph_entity_server::Server;

type BoxError = Box<dyn std::error::Error>;

/// The page's example request, with a real date where it prints the placeholder `"Date"`.
const PAGE_REQUEST: &str = include_str!("../tests/fixtures/seed-request.json");

/// The id of the page's example response.
const ID: &str = "618f6b62-6b62-618f-626b-8f61626b8f61";

/// A client that never goes through a proxy, whatever the environment says: every request
/// of this program stays on loopback.
fn loopback_client() -> Result<reqwest::Client, reqwest::Error> {
    reqwest::Client::builder().no_proxy().build()
}

fn main() -> Result<(), BoxError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run())
}

async fn run() -> Result<(), BoxError> {
    heading("0. Start the embedded OData endpoint (one line; loopback only)");
    let stored = Office365ServicesUserCounts {
        id: Some(ID.to_owned()),
        report_refresh_date: Some(Date::new(2017, 8, 25)?),
        exchange_active: Some(9),
        teams_active: Some(3),
        report_period: Some("7".to_owned()),
        ..Office365ServicesUserCounts::default()
    };
    let server = Server::builder()
        .entity_set(
            "reports/office365ServicesUserCounts",
            [(ID.to_owned(), stored)],
        )
        .start()?;
    println!("listening on {}", server.addr());
    let uri = server.url(&format!("beta/reports/office365ServicesUserCounts/{ID}"));
    let me = loopback_client()?;
    let colleague = loopback_client()?;

    heading("1. GET the entity: its ETag comes as a header and as `@odata.etag`");
    let response = send(&me, odata::get(&uri).build()?, true).await?;
    let (_, etag) = entity(&response)?;

    heading("2. PATCH it as the page does, with If-Match");
    let date: Date = "2017-09-01".parse()?;
    let body = PAGE_REQUEST.replace("\"Date\"", &format!("\"{date}\""));
    let mine: Office365ServicesUserCountsPatch = serde_json::from_str(&body)?;
    let request = odata::patch(&uri, &mine)
        .if_match(&etag)
        .return_representation()
        .build()?;
    let response = send(&me, request, true).await?;
    let (base, etag) = entity(&response)?;

    heading("3. Someone else changes it in the meantime");
    let theirs = Office365ServicesUserCountsPatch {
        teams_active: Some(Some(42)),
        yammer_inactive: Some(Some(15)),
        ..Default::default()
    };
    send(
        &colleague,
        odata::patch(&uri, &theirs).if_match(&etag).build()?,
        true,
    )
    .await?;

    heading("4. My next change, still with my ETag: 412 Precondition Failed");
    let mut wanted = base.clone();
    wanted.exchange_active = Some(16);
    wanted.yammer_inactive = Some(15); // the colleague made the same change: no conflict
    let mine = base.diff(&wanted);
    let response = send(
        &me,
        odata::patch(&uri, &mine).if_match(&etag).build()?,
        true,
    )
    .await?;
    let Outcome::PreconditionFailed { .. } =
        odata::read_response::<Office365ServicesUserCounts, _>(&response)?
    else {
        return Err("the stale ETag was accepted".into());
    };

    heading("5. Re-read, rebase my patch on what is there now, send it again");
    let response = send(&me, odata::get(&uri).build()?, false).await?;
    let (current, etag) = entity(&response)?;
    println!(
        "now: teamsActive = {:?}, yammerInactive = {:?}",
        current.teams_active, current.yammer_inactive
    );
    let rebased = match rebase(&base, mine, &current) {
        Ok(patch) => patch,
        Err(RebaseError::Conflicts(conflicts)) => {
            return Err(format!("unexpected conflicts: {conflicts:?}").into());
        }
        Err(e) => return Err(e.into()),
    };
    println!("rebased patch: {}", serde_json::to_string(&rebased)?);
    let request = odata::patch(&uri, &rebased)
        .if_match(&etag)
        .return_representation()
        .build()?;
    let response = send(&me, request, true).await?;
    let (after, _) = entity(&response)?;
    println!(
        "exchangeActive = {:?} (mine), teamsActive = {:?} (theirs), yammerInactive = {:?} (both)",
        after.exchange_active, after.teams_active, after.yammer_inactive
    );
    if (after.exchange_active, after.teams_active) != (Some(16), Some(42)) {
        return Err("a change was lost".into());
    }

    heading("6. A change both sides make differently is a conflict for the caller");
    let mut wanted = after.clone();
    wanted.teams_active = Some(7);
    let stale_mine = base.diff(&wanted);
    match rebase(&base, stale_mine, &after) {
        Err(error @ RebaseError::Conflicts(_)) => println!("{error}"),
        other => return Err(format!("expected a conflict, got {other:?}").into()),
    }
    server.stop()?;
    Ok(())
}

/// Sends `request` with `reqwest` (the glue the `graph_entity::http` docs show) and, when
/// `show`, prints both sides like the page does.
async fn send(
    client: &reqwest::Client,
    request: http::Request<Vec<u8>>,
    show: bool,
) -> Result<http::Response<Vec<u8>>, BoxError> {
    if show {
        println!("{} {}", request.method(), request.uri());
        print_message(request.headers(), request.body());
    }
    let answer = client.execute(request.try_into()?).await?;
    let mut response = http::Response::new(Vec::new());
    *response.status_mut() = answer.status();
    *response.headers_mut() = answer.headers().clone();
    *response.body_mut() = answer.bytes().await?.to_vec();
    if show {
        println!("\nHTTP/1.1 {}", response.status());
        print_message(response.headers(), response.body());
        println!();
    }
    Ok(response)
}

fn print_message(headers: &http::HeaderMap, body: &[u8]) {
    for (name, value) in headers {
        println!(
            "{}: {}",
            name,
            value.to_str().unwrap_or("<not visible ASCII>")
        );
    }
    if body.is_empty() {
        return;
    }
    println!();
    // Indented for reading, members in the order sent; the bytes on the wire are compact
    // (Content-Length counts those).
    match std::str::from_utf8(body) {
        Ok(text) if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() => {
            println!("{}", indent(text));
        }
        _ => println!("{}", String::from_utf8_lossy(body)),
    }
}

/// Indents compact JSON two spaces a level, keeping member order (a `serde_json::Value`
/// would sort the members).
fn indent(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' if matches!(chars.peek(), Some('}' | ']')) => {
                out.push(c);
                out.extend(chars.next());
            }
            '{' | '[' => {
                depth += 1;
                out.push(c);
                newline(&mut out, depth);
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n("  ", depth));
}

/// The entity of a `200` and its ETag.
fn entity(
    response: &http::Response<Vec<u8>>,
) -> Result<(Office365ServicesUserCounts, String), BoxError> {
    match odata::read_response(response)? {
        Outcome::Entity {
            value,
            etag: Some(etag),
        } => Ok((value, etag)),
        other => Err(format!("expected an entity with an ETag, got {other:?}").into()),
    }
}

fn heading(title: &str) {
    println!("\n=== {title} ===\n");
}
