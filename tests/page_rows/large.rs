//! Large input: pages and rows larger than the buffer, and a million rows in bounded memory.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::{self, Read};

use graph_entity::{GraphEntity, PageRows};

use crate::helpers::{Counts, agree, big_page};

#[test]
fn a_page_larger_than_the_buffer_reads_as_page_reads_it() {
    let json = big_page(3000);
    assert!(json.len() > 4 * 64 * 1024, "{}", json.len());
    let page = agree::<Counts>(&json);
    assert_eq!(page.value.len(), 3000);
    assert_eq!(page.value[2999].exchange_active, Some(2999));
}

#[test]
fn a_row_larger_than_the_buffer_reads() {
    let big = "y".repeat(300_000);
    let json = format!(
        r#"{{"value": [{{"reportPeriod": "a"}}, {{"reportPeriod": "{big}"}}, {{}}], "skipped": "{big}"}}"#
    );
    let page = agree::<Counts>(&json);
    assert_eq!(page.value[1].report_period.as_deref(), Some(big.as_str()));
}

// Bounded memory: the allocations of the reading thread, counted by a global allocator.

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn record(delta: isize) {
    let _ = LIVE.try_with(|live| {
        live.set(live.get() + delta);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
    });
}

// SAFETY: every call is forwarded to `System` unchanged; the counting touches only
// const-initialised thread-locals, which never allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            record(isize::try_from(layout.size()).unwrap_or(isize::MAX));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as the caller promised.
        unsafe { System.dealloc(ptr, layout) };
        record(-isize::try_from(layout.size()).unwrap_or(isize::MAX));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as the caller promised.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            record(
                isize::try_from(new_size).unwrap_or(isize::MAX)
                    - isize::try_from(layout.size()).unwrap_or(isize::MAX),
            );
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// `{"value":[` then `rows` rows `{"n":N}` then `]}`, made as they are read, never held.
struct Generated {
    rows: u64,
    next: u64,
    pending: Vec<u8>,
    at: usize,
    ended: bool,
}

impl Generated {
    fn new(rows: u64) -> Self {
        Generated {
            rows,
            next: 0,
            pending: b"{\"@odata.count\":\"0\",\"value\":[".to_vec(),
            at: 0,
            ended: false,
        }
    }
}

impl Read for Generated {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at == self.pending.len() {
            self.pending.clear();
            self.at = 0;
            if self.next < self.rows {
                use std::io::Write as _;
                let sep = if self.next == 0 { "" } else { "," };
                write!(self.pending, "{sep}{{\"n\":{}}}", self.next)?;
                self.next += 1;
            } else if !self.ended {
                self.pending
                    .extend_from_slice(b"],\"@odata.nextLink\":\"end\"}");
                self.ended = true;
            }
        }
        let n = out.len().min(self.pending.len() - self.at);
        out[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A tiny row, `{"n":N}`.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.tiny")]
pub struct Tiny {
    pub n: Option<u64>,
}

/// A million rows in debug builds (about a second); the example `stream_page` streams ten
/// million in release.
#[test]
fn a_million_rows_stream_in_bounded_memory() {
    const ROWS: u64 = 1_000_000;
    let start = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(start));
    let mut rows = PageRows::<_, Tiny>::new(Generated::new(ROWS));
    let mut sum = 0;
    let mut read = 0;
    for row in rows.by_ref() {
        sum += row.expect("valid row").n.unwrap_or(0);
        read += 1;
    }
    assert_eq!(read, ROWS);
    assert_eq!(sum, ROWS * (ROWS - 1) / 2);
    assert_eq!(rows.next_link(), Some("end"));
    assert_eq!(rows.buffer_capacity(), 64 * 1024);
    let peak = PEAK.with(Cell::get) - start;
    // The 64 KiB buffer and the generator's row; the page itself is about 14 MB.
    assert!(peak < 128 * 1024, "peak {peak} bytes");
}
