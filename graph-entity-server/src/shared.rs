//! What the server serves: the state every request reads, shared by the router and the handler.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;

use crate::Fault;
use crate::report::Report;
use crate::set::EntitySet;

/// Everything the handler serves.
pub struct Shared {
    pub sets: Vec<(String, Box<dyn EntitySet>)>,
    pub reports: Vec<Report>,
    pub body_limit: usize,
    /// The most entities a collection page holds.
    pub page_size: usize,
    /// `http://127.0.0.1:<port>`, for `@odata.context` and report redirects.
    pub base_url: String,
    pub requests: AtomicU64,
    pub faults: Mutex<VecDeque<Fault>>,
}
