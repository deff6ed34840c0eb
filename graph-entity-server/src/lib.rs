//! An embedded OData endpoint that serves `graph_entity` entities on `127.0.0.1`, so that
//! tests and examples run the whole HTTP exchange without a Microsoft tenant. Not published.
//!
//! ```
//! use graph_entity::models::Office365ServicesUserCounts;
//! use graph_entity_server::Server;
//!
//! let counts = Office365ServicesUserCounts { exchange_active: Some(14), ..Default::default() };
//! let server = Server::builder()
//!     .entity_set("reports/office365ServicesUserCounts", [("1".to_owned(), counts)])
//!     .start()?;
//! assert!(server.url("beta/reports/office365ServicesUserCounts/1").starts_with("http://127.0.0.1:"));
//! # Ok::<(), std::io::Error>(())
//! ```
//!
//! What it serves, under `/v1.0/` and `/beta/` alike:
//!
//! - `GET {set}`: the entities, as a collection page (all of them, or
//!   [`page_size`](ServerBuilder::page_size) at a time, linked by `@odata.nextLink`);
//! - `GET {set}/{id}`: the entity with `@odata.context` and `@odata.etag` first and an `ETag`
//!   header; `If-None-Match` with the current ETag answers `304 Not Modified`;
//! - `PATCH {set}/{id}`: the body read by the entity's strict patch reader (`400` with an OData
//!   error whose message is the reader's, naming the property); `If-Match` (`*`, or a list)
//!   with another version answers `412 Precondition Failed`, checked and applied under one
//!   lock; `Prefer: return=representation` answers `200` with the entity, otherwise `204`;
//!   for `PATCH` and `POST`, a body over the limit (1 MiB unless set) is `413`, a content type
//!   other than `application/json` (parameters allowed) is `415`;
//! - `POST {set}`: creates the entity of the body (read by the entity reader) under its `id`,
//!   or under a new one (`1`, `2`, ...) when it has none; `201 Created` with the entity, its
//!   ETag and `Location`; `409 Conflict` when the id is taken;
//! - a report function `GET {function}(period='D7')`: on `/beta` the rows as JSON, on `/v1.0`
//!   a `302` to a CSV download served under `/downloads/`, like Graph's report endpoints;
//! - anything else: `404` (unknown path or id) or `405` (with `Allow`), with an OData error body.
//!
//! ETags are a per-entity version counter, `W/"<n>"`, starting at `W/"1"`. Every response
//! carries `request-id` and `client-request-id` headers, and every error body names them in
//! its `innerError`. [`RunningServer::fail_next`] makes the next request fail with any status
//! (`429` with `Retry-After`, `503`, ...), for testing clients.

#![deny(missing_docs)]

mod handler;
mod reply;
mod report;
mod route;
mod set;
mod shared;

use std::collections::VecDeque;
use std::io;
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

use axum::Router;
use axum::http::StatusCode;
use graph_entity::csv::Columns;

use crate::report::Report;
pub use crate::set::Served;
use crate::set::{EntitySet, Set};
use crate::shared::Shared;

/// The default body limit: 1 MiB.
pub const DEFAULT_BODY_LIMIT: usize = 1 << 20;

/// The endpoint; start one with [`Server::builder`].
#[derive(Debug)]
pub struct Server;

impl Server {
    /// A builder for an endpoint on `127.0.0.1`, port 0 (any free port).
    pub fn builder() -> ServerBuilder {
        ServerBuilder {
            sets: Vec::new(),
            reports: Vec::new(),
            body_limit: DEFAULT_BODY_LIMIT,
            page_size: usize::MAX,
            port: 0,
        }
    }
}

/// What the endpoint serves; [`start`](Self::start) it.
#[must_use = "the builder does nothing until `start` is called"]
pub struct ServerBuilder {
    sets: Vec<(String, Box<dyn EntitySet>)>,
    reports: Vec<Result<Report, String>>,
    body_limit: usize,
    page_size: usize,
    port: u16,
}

/// A failure injected with [`RunningServer::fail_next`].
#[derive(Debug, Clone)]
pub struct Fault {
    /// The status to answer with.
    pub status: StatusCode,
    /// The OData error code (`TooManyRequests`, ...).
    pub code: String,
    /// The OData error message.
    pub message: String,
    /// A `Retry-After` header, in seconds.
    pub retry_after: Option<u32>,
}

impl ServerBuilder {
    /// Serves `entities` (id, entity) of type `T` at `{version}/{path}` (e.g.
    /// `reports/office365ServicesUserCounts`, without slashes at either end).
    pub fn entity_set<T: Served>(
        mut self,
        path: &str,
        entities: impl IntoIterator<Item = (String, T)>,
    ) -> Self {
        let path = path.trim_matches('/').to_owned();
        self.sets.push((path, Box::new(Set::new(entities))));
        self
    }

    /// Serves the report function `{version}/{function}(period='D7')` with `rows`: JSON on
    /// `/beta`, a `302` to a CSV download on `/v1.0`.
    pub fn report<T: Served + Columns>(
        mut self,
        function: &str,
        rows: impl IntoIterator<Item = T>,
    ) -> Self {
        let rows: Vec<T> = rows.into_iter().collect();
        let function = function.trim_matches('/').to_owned();
        self.reports.push(Report::new(function, &rows));
        self
    }

    /// The largest request body served; larger ones are answered `413`.
    pub fn body_limit(mut self, bytes: usize) -> Self {
        self.body_limit = bytes;
        self
    }

    /// The most entities a collection page holds (default: all); further pages are linked
    /// by `@odata.nextLink` (`?$skiptoken=<index>`).
    pub fn page_size(mut self, entities: usize) -> Self {
        self.page_size = entities.max(1);
        self
    }

    /// The port to listen on (default 0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The endpoint as an `axum::Router`, without a socket (for driving it in-process, e.g.
    /// with `tower::ServiceExt::oneshot`); links name `base_url`.
    ///
    /// # Errors
    ///
    /// When a report's rows cannot be written as JSON or CSV.
    pub fn router(self, base_url: &str) -> io::Result<Router> {
        let shared = self.shared(base_url.to_owned())?;
        Ok(Router::new()
            .fallback(handler::handle)
            .with_state(Arc::new(shared)))
    }

    /// Binds `127.0.0.1:port` and serves on a thread of its own (with its own single-threaded
    /// runtime), until the returned handle is dropped or [`stop`](RunningServer::stop)ped.
    ///
    /// # Errors
    ///
    /// When the port cannot be bound, or a report's rows cannot be written.
    pub fn start(self) -> io::Result<RunningServer> {
        let listener = TcpListener::bind(("127.0.0.1", self.port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(self.shared(format!("http://{addr}"))?);
        let router = Router::new()
            .fallback(handler::handle)
            .with_state(Arc::clone(&shared));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name(format!("graph-entity-server {addr}"))
            .spawn(move || {
                runtime.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener)?;
                    // Served on a task, so that dropping the runtime at the stop signal ends
                    // every connection at once: keep-alive clients cannot hold it open.
                    tokio::spawn(async move { axum::serve(listener, router).await });
                    let _ = stopped.await;
                    Ok(())
                })
            })?;
        Ok(RunningServer {
            addr,
            shared,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    fn shared(self, base_url: String) -> io::Result<Shared> {
        let reports = self
            .reports
            .into_iter()
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        Ok(Shared {
            sets: self.sets,
            reports,
            body_limit: self.body_limit,
            page_size: self.page_size,
            base_url,
            requests: AtomicU64::new(0),
            faults: Mutex::new(VecDeque::new()),
        })
    }
}

/// A started endpoint; dropping it stops it.
#[derive(Debug)]
pub struct RunningServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<io::Result<()>>>,
}

impl RunningServer {
    /// The bound address, `127.0.0.1:<port>`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The URL of `path` on this endpoint: `http://127.0.0.1:<port>/<path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}/{}", self.addr, path.trim_start_matches('/'))
    }

    /// The next request (whatever it is) is answered with `fault`'s status and OData error;
    /// calls queue up.
    pub fn fail_next(&self, fault: Fault) {
        self.shared
            .faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push_back(fault);
    }

    /// Stops serving and waits for the server's thread.
    ///
    /// # Errors
    ///
    /// The error the server stopped with, if any (a panic in it is reported as an error).
    pub fn stop(mut self) -> io::Result<()> {
        self.shutdown()
    }

    fn shutdown(&mut self) -> io::Result<()> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.thread.take().map(JoinHandle::join) {
            None => Ok(()),
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(io::Error::other("the server's thread panicked")),
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let _ = self.shutdown();
    }
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}
