//! Concurrent clients patching the same few entities with `If-Match` and rebase-on-412,
//! against the embedded endpoint on loopback: no lost update, and the throughput and latency.
//!
//! `cargo run --release --example http_load [CLIENTS PATCHES]` (default 32 clients × 500
//! patches). `tests/http_load.rs` runs the same workload, smaller, and checks it.
//!
//! The workload: 4 entities; client `c` patches entity `c % 4`. Each patch does two things:
//! - sets the client's own lane property (one per client on its entity) to the patch's number;
//!   rebasing keeps it, whatever the others changed meanwhile;
//! - adds one to the shared counter `office365Active` of the entity, which all its clients
//!   change. An increment is an intent, not a value: on `412` the client rebases the lane
//!   change and re-derives the counter from the entity as it is now.
//!
//! The clients share one thread (a single-threaded runtime, one `reqwest::Client` each), the
//! endpoint runs on another: on a 2-core machine both ends are measured together.
//!
//! A lost update shows as a counter below the number of patches, or as a lane that, re-read,
//! is not what its only writer last wrote (checked on every re-read).

use std::time::{Duration, Instant};

use graph_entity::http::{self as odata, Outcome};
use graph_entity::models::Office365ServicesUserCounts;
use graph_entity::{Entity, rebase};
use graph_entity_server::Server;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

const ENTITIES: usize = 4;
const SET: &str = "reports/office365ServicesUserCounts";

/// What a run measured.
#[derive(Debug)]
pub struct LoadReport {
    pub clients: usize,
    pub patches_per_client: usize,
    pub requests: usize,
    pub precondition_failures: usize,
    pub elapsed: Duration,
    pub p50: Duration,
    pub p99: Duration,
    /// Per entity: the shared counter, and every lane's last value.
    pub final_counters: Vec<i64>,
    pub final_lanes: Vec<Vec<Option<i64>>>,
}

/// The lane (a property of its own) of client `c` on its entity.
/// A client that never goes through a proxy, whatever the environment says: every request
/// of this program stays on loopback.
fn loopback_client() -> Result<reqwest::Client, reqwest::Error> {
    reqwest::Client::builder().no_proxy().build()
}

fn lane_of(client: usize) -> usize {
    client / ENTITIES
}

fn lane_value(entity: &Office365ServicesUserCounts, lane: usize) -> Option<i64> {
    [
        entity.exchange_active,
        entity.exchange_inactive,
        entity.one_drive_active,
        entity.one_drive_inactive,
        entity.share_point_active,
        entity.share_point_inactive,
        entity.skype_for_business_active,
        entity.skype_for_business_inactive,
        entity.yammer_active,
        entity.yammer_inactive,
        entity.teams_active,
        entity.teams_inactive,
        entity.office365_inactive,
    ]
    .get(lane)
    .copied()
    .flatten()
}

fn set_lane(entity: &mut Office365ServicesUserCounts, lane: usize, value: i64) {
    let slot = match lane {
        0 => &mut entity.exchange_active,
        1 => &mut entity.exchange_inactive,
        2 => &mut entity.one_drive_active,
        3 => &mut entity.one_drive_inactive,
        4 => &mut entity.share_point_active,
        5 => &mut entity.share_point_inactive,
        6 => &mut entity.skype_for_business_active,
        7 => &mut entity.skype_for_business_inactive,
        8 => &mut entity.yammer_active,
        9 => &mut entity.yammer_inactive,
        10 => &mut entity.teams_active,
        11 => &mut entity.teams_inactive,
        _ => &mut entity.office365_inactive,
    };
    *slot = Some(value);
}

/// Runs the workload; errs on a lost update or an unexpected answer.
pub fn run(clients: usize, patches: usize) -> Result<LoadReport, BoxError> {
    if clients > ENTITIES * 13 {
        return Err(format!("at most {} clients (13 lanes per entity)", ENTITIES * 13).into());
    }
    let server = Server::builder()
        .entity_set(
            SET,
            (0..ENTITIES).map(|i| (i.to_string(), Office365ServicesUserCounts::default())),
        )
        .start()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let started = Instant::now();
    let results = runtime.block_on(async {
        let tasks: Vec<_> = (0..clients)
            .map(|c| {
                let url = server.url(&format!("beta/{SET}/{}", c % ENTITIES));
                tokio::spawn(client(url, lane_of(c), patches))
            })
            .collect();
        let mut results = Vec::new();
        for task in tasks {
            results.push(
                task.await
                    .map_err(|e| format!("a client task failed: {e}"))?,
            );
        }
        Ok::<_, BoxError>(results)
    })?;
    let elapsed = started.elapsed();
    let mut latencies = Vec::new();
    let mut precondition_failures = 0;
    for result in results {
        let (mine, failures) = result?;
        latencies.extend(mine);
        precondition_failures += failures;
    }
    latencies.sort_unstable();
    let at = |q: f64| {
        // Rounded index into the sorted samples: the q-quantile.
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let i = ((latencies.len().saturating_sub(1)) as f64 * q).round() as usize;
        latencies.get(i).copied().unwrap_or_default()
    };
    let (p50, p99) = (at(0.50), at(0.99));
    let finals = runtime.block_on(async {
        let http = loopback_client()?;
        let mut finals = Vec::new();
        for e in 0..ENTITIES {
            let (entity, _, _) = get(&http, &server.url(&format!("beta/{SET}/{e}"))).await?;
            finals.push(entity);
        }
        Ok::<_, BoxError>(finals)
    })?;
    let lanes_per_entity = clients.div_ceil(ENTITIES);
    Ok(LoadReport {
        clients,
        patches_per_client: patches,
        requests: latencies.len(),
        precondition_failures,
        elapsed,
        p50,
        p99,
        final_counters: finals
            .iter()
            .map(|e| e.office365_active.unwrap_or(0))
            .collect(),
        final_lanes: finals
            .iter()
            .map(|e| (0..lanes_per_entity).map(|l| lane_value(e, l)).collect())
            .collect(),
    })
}

/// One client: `patches` patches, each retried until it lands. Returns every request's
/// latency and how many `412`s it met.
async fn client(
    url: String,
    lane: usize,
    patches: usize,
) -> Result<(Vec<Duration>, usize), BoxError> {
    let http = loopback_client()?;
    let mut latencies = Vec::with_capacity(patches * 3);
    let mut failures = 0;
    let (mut base, mut etag, took) = get(&http, &url).await?;
    latencies.push(took);
    for n in 1..=patches {
        let n = i64::try_from(n)?;
        let mut wanted = base.clone();
        set_lane(&mut wanted, lane, n);
        wanted.office365_active = Some(base.office365_active.unwrap_or(0) + 1);
        let mut patch = base.diff(&wanted);
        loop {
            let request = odata::patch(&url, &patch).if_match(&etag).build()?;
            let (response, took) = send(&http, request).await?;
            latencies.push(took);
            match odata::read_response::<Office365ServicesUserCounts, _>(&response)? {
                Outcome::NoContent { etag: Some(new) } => {
                    base.apply(patch);
                    etag = new;
                    break;
                }
                Outcome::PreconditionFailed { .. } => {
                    failures += 1;
                    let (current, current_etag, took) = get(&http, &url).await?;
                    latencies.push(took);
                    if lane_value(&current, lane) != lane_value(&base, lane) {
                        return Err(format!(
                            "lost update: lane {lane} of {url} is {:?}, its only writer last wrote {:?}",
                            lane_value(&current, lane),
                            lane_value(&base, lane)
                        )
                        .into());
                    }
                    // The lane change rebases; the counter is re-derived from what is there now.
                    let mut lane_only = patch.clone();
                    lane_only.office365_active = None;
                    let mut rebased = rebase(&base, lane_only, &current)
                        .map_err(|e| format!("a lane change conflicted: {e}"))?;
                    rebased.office365_active =
                        Some(Some(current.office365_active.unwrap_or(0) + 1));
                    patch = rebased;
                    base = current;
                    etag = current_etag;
                }
                other => return Err(format!("unexpected answer {other:?}").into()),
            }
        }
    }
    Ok((latencies, failures))
}

async fn send(
    http: &reqwest::Client,
    request: http::Request<Vec<u8>>,
) -> Result<(http::Response<Vec<u8>>, Duration), BoxError> {
    let started = Instant::now();
    let answer = http.execute(request.try_into()?).await?;
    let mut response = http::Response::new(Vec::new());
    *response.status_mut() = answer.status();
    *response.headers_mut() = answer.headers().clone();
    *response.body_mut() = answer.bytes().await?.to_vec();
    Ok((response, started.elapsed()))
}

async fn get(
    http: &reqwest::Client,
    url: &str,
) -> Result<(Office365ServicesUserCounts, String, Duration), BoxError> {
    let (response, took) = send(http, odata::get(url).build()?).await?;
    match odata::read_response(&response)? {
        Outcome::Entity {
            value,
            etag: Some(etag),
        } => Ok((value, etag, took)),
        other => Err(format!("expected an entity, got {other:?}").into()),
    }
}

/// Errs unless the final state is every patch applied exactly once.
pub fn check(report: &LoadReport) -> Result<(), BoxError> {
    let expected_lane = Some(i64::try_from(report.patches_per_client)?);
    for (e, counter) in report.final_counters.iter().enumerate() {
        let writers = (0..report.clients).filter(|c| c % ENTITIES == e).count();
        let expected = i64::try_from(writers * report.patches_per_client)?;
        if *counter != expected {
            return Err(format!("entity {e}: counter {counter}, expected {expected}").into());
        }
        for lane in 0..writers {
            let found = report
                .final_lanes
                .get(e)
                .and_then(|l| l.get(lane))
                .copied()
                .flatten();
            if found != expected_lane {
                return Err(format!(
                    "entity {e} lane {lane}: {found:?}, expected {expected_lane:?}"
                )
                .into());
            }
        }
    }
    Ok(())
}

#[allow(dead_code)] // `tests/http_load.rs` includes this file and calls `run` and `check` only.
fn main() -> Result<(), BoxError> {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let clients = args.next().transpose()?.unwrap_or(32);
    let patches = args.next().transpose()?.unwrap_or(500);
    let report = run(clients, patches)?;
    check(&report)?;
    #[allow(clippy::cast_precision_loss)]
    let rate = report.requests as f64 / report.elapsed.as_secs_f64();
    println!(
        "{} clients x {} patches on {ENTITIES} entities: no lost update \
         (counters {:?}, every lane at {})",
        report.clients, report.patches_per_client, report.final_counters, report.patches_per_client
    );
    println!(
        "{} requests ({} answered 412) in {:.2} s: {rate:.0} requests/s, p50 {:.2} ms, p99 {:.2} ms",
        report.requests,
        report.precondition_failures,
        report.elapsed.as_secs_f64(),
        report.p50.as_secs_f64() * 1e3,
        report.p99.as_secs_f64() * 1e3
    );
    Ok(())
}
