//! Shows that `graph_entity::csv::read` streams: reading a million report rows needs no more
//! memory than reading ten thousand.
//!
//! ```sh
//! cargo run --release --example csv_memory            # 1,000,000 rows
//! cargo run --release --example csv_memory -- 5000000 # any number of rows
//! ```
//!
//! The rows are generated on the fly by an `impl Read` (no file, no buffer of the whole
//! input), read into `Office365ServicesUserCounts` and dropped. The program prints the
//! process's peak resident set size (`VmHWM` in `/proc/self/status`, Linux only) after 10,000
//! rows and at the end; flat memory means the two are (nearly) equal.

use std::io::{self, Read};
use std::process::ExitCode;
use std::time::Instant;

use graph_entity::models::Office365ServicesUserCounts;

const HEADER: &str = include_str!("../tests/fixtures/v1-report-header.csv");

/// A v1.0 report of `rows` rows, generated one row at a time as it is read.
struct GeneratedReport {
    rows: u64,
    next_row: u64,
    /// The text not yet handed out: the header, then the current row.
    pending: Vec<u8>,
    offset: usize,
}

impl GeneratedReport {
    fn new(rows: u64) -> Self {
        let mut pending = b"\xef\xbb\xbf".to_vec();
        pending.extend_from_slice(HEADER.as_bytes());
        GeneratedReport {
            rows,
            next_row: 0,
            pending,
            offset: 0,
        }
    }

    /// Replaces `pending` with the next row's text.
    fn generate_row(&mut self) {
        use std::io::Write as _;
        let i = self.next_row;
        self.next_row += 1;
        self.pending.clear();
        self.offset = 0;
        let day = 1 + i % 28;
        let n = |k: u64| (i * 7919 + k * 104_729) % 5000;
        // Writing to a Vec cannot fail.
        let _ = writeln!(
            self.pending,
            "2017-09-{day:02},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
            n(1),
            n(2),
            n(3),
            n(4),
            n(5),
            n(6),
            n(7),
            n(8),
            n(9),
            n(10),
            n(11),
            n(12),
            n(13),
            n(14),
            [7, 30, 90, 180][(i % 4) as usize],
        );
    }
}

impl Read for GeneratedReport {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.offset == self.pending.len() {
            if self.next_row == self.rows {
                return Ok(0);
            }
            self.generate_row();
        }
        let rest = &self.pending[self.offset..];
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.offset += n;
        Ok(n)
    }
}

/// The process's peak resident set size, in KiB (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn show(kib: Option<u64>) -> String {
    kib.map_or_else(|| "unavailable".to_owned(), |k| format!("{k} KiB"))
}

/// `1234567` as `1,234,567`.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn main() -> ExitCode {
    let rows: u64 = match std::env::args().nth(1).map(|arg| arg.parse()) {
        None => 1_000_000,
        Some(Ok(rows)) => rows,
        Some(Err(err)) => {
            eprintln!("usage: csv_memory [ROWS]: {err}");
            return ExitCode::FAILURE;
        }
    };
    println!("peak RSS before reading: {}", show(peak_rss_kib()));

    let start = Instant::now();
    let mut read = 0_u64;
    let mut exchange_active = 0_i64;
    let mut at_10k = None;
    for row in graph_entity::csv::read::<Office365ServicesUserCounts, _>(GeneratedReport::new(rows))
    {
        match row {
            Ok(row) => exchange_active += row.exchange_active.unwrap_or(0),
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::FAILURE;
            }
        }
        read += 1;
        if read == 10_000 {
            at_10k = peak_rss_kib();
            println!("peak RSS after {:>9} rows: {}", grouped(read), show(at_10k));
        }
    }
    let elapsed = start.elapsed();
    let at_end = peak_rss_kib();
    println!("peak RSS after {:>9} rows: {}", grouped(read), show(at_end));
    if let (Some(small), Some(large)) = (at_10k, at_end) {
        println!(
            "growth from 10,000 to {} rows: {} KiB",
            grouped(read),
            large.saturating_sub(small)
        );
    }
    println!(
        "read {} rows in {:.2?} ({:.0} rows/s); sum of Exchange Active: {exchange_active}",
        grouped(read),
        elapsed,
        rows_per_second(read, elapsed)
    );
    ExitCode::SUCCESS
}

/// A rate to print: rounding `rows` to an `f64` is of no consequence for a display.
#[allow(clippy::cast_precision_loss)]
fn rows_per_second(rows: u64, elapsed: std::time::Duration) -> f64 {
    rows as f64 / elapsed.as_secs_f64()
}
