//! Shows that `graph_entity::PageRows` streams a collection page: a 200,000-row page of users
//! (about 90 MB) read back from a file takes the memory of one row and a 64 KiB buffer.
//!
//! ```sh
//! cargo run --release --example stream_page                  # 200,000 users, then 10,000,000 tiny rows
//! cargo run --release --example stream_page -- 50000 0       # any number of users and tiny rows
//! cargo run --release --example stream_page -- 200000 0 --whole  # also `Page<User>`, for contrast
//! ```
//!
//! The page is written row by row into a temporary file (removed at the end), then read with
//! `PageRows<File, User>`. A second page of tiny rows is generated on the fly by an `impl Read`
//! (no file, no buffer of the whole input). `User` is defined here with 15 typical properties
//! of `microsoft.graph.user` rather than taken from `graph-entity-models`, which the examples
//! of this package do not build. The program prints the process's peak resident set size
//! (`VmHWM`) and current one (`VmRSS`) from `/proc/self/status` (Linux; "unknown"
//! elsewhere) before and after each read; flat memory means the peaks are (nearly) equal.
//! With `--whole`, the file is then read again whole, as `Page<User>`, to show the difference.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use graph_entity::{AdditionalData, GraphEntity, Page, PageRows};

/// `microsoft.graph.user`, with 15 of its usual properties.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user")]
pub struct User {
    #[graph(key)]
    pub id: String,
    pub account_enabled: Option<bool>,
    #[graph(default)]
    pub business_phones: Vec<String>,
    pub city: Option<String>,
    pub company_name: Option<String>,
    pub country: Option<String>,
    pub department: Option<String>,
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub job_title: Option<String>,
    pub mail: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_location: Option<String>,
    pub surname: Option<String>,
    pub user_principal_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

fn user(i: u64) -> User {
    User {
        id: format!("{i:08x}-44d7-43e1-9a83-5f2406dee5bd"),
        account_enabled: Some(i % 10 != 0),
        business_phones: vec![format!("+1 425 555 {:04}", i % 10_000)],
        city: Some("Redmond".into()),
        company_name: Some("Contoso".into()),
        country: Some("United States".into()),
        department: Some(["Retail", "Sales", "Legal", "IT"][(i % 4) as usize].into()),
        display_name: Some(format!("User Number {i}")),
        given_name: Some("User".into()),
        job_title: Some("Retail Manager".into()),
        mail: Some(format!("user{i}@contoso.com")),
        mobile_phone: None,
        office_location: Some(format!("{}/{}", 18 + i % 10, 1000 + i % 500)),
        surname: Some(format!("Number {i}")),
        user_principal_name: Some(format!("user{i}@contoso.com")),
        additional_data: AdditionalData::default(),
    }
}

/// Writes a page of `rows` users, one row at a time, as Graph does: `@odata.context` first,
/// `@odata.nextLink` after `value`.
fn write_page(path: &std::path::Path, rows: u64) -> io::Result<u64> {
    let mut out = BufWriter::new(File::create(path)?);
    out.write_all(
        b"{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#users\",\
          \"@odata.count\":",
    )?;
    write!(out, "{rows},\"value\":[")?;
    for i in 0..rows {
        if i > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut out, &user(i))?;
    }
    out.write_all(
        b"],\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/users?$skiptoken=X\"}",
    )?;
    out.flush()?;
    Ok(out.get_ref().metadata()?.len())
}

/// `{"value":[` then `rows` rows `{"n":N}` then `]}`, generated as they are read.
struct Generated {
    rows: u64,
    next: u64,
    pending: Vec<u8>,
    at: usize,
    ended: bool,
}

impl Read for Generated {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.at == self.pending.len() {
            self.pending.clear();
            self.at = 0;
            if self.next < self.rows {
                let sep = if self.next == 0 { "" } else { "," };
                write!(self.pending, "{sep}{{\"n\":{}}}", self.next)?;
                self.next += 1;
            } else if !self.ended {
                self.pending.extend_from_slice(b"]}");
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

/// `VmHWM` (peak) and `VmRSS` (current) from `/proc/self/status`.
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .map_or_else(|| "unknown".to_owned(), |kib| format!("{kib} KiB"))
    };
    format!(
        "peak {} (VmHWM), now {} (VmRSS)",
        field("VmHWM:"),
        field("VmRSS:")
    )
}

fn arg(n: usize, default: u64) -> Result<u64, String> {
    match std::env::args().nth(n) {
        Some(a) if !a.starts_with("--") => a.parse().map_err(|e| format!("argument {n}: {e}")),
        _ => Ok(default),
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let users = arg(1, 200_000)?;
    let tiny = arg(2, 10_000_000)?;
    let whole = std::env::args().any(|a| a == "--whole");
    let path = std::env::temp_dir().join(format!(
        "graph-entity-stream-page-{}.json",
        std::process::id()
    ));

    let bytes = write_page(&path, users)?;
    println!("wrote {users} users, {bytes} bytes, to {}", path.display());
    println!("before reading:        {}", memory());

    let start = Instant::now();
    let mut rows = PageRows::<_, User>::new(File::open(&path)?);
    let mut read = 0_u64;
    let mut enabled = 0_u64;
    for row in rows.by_ref() {
        let row = row?;
        read += 1;
        enabled += u64::from(row.account_enabled == Some(true));
    }
    println!(
        "PageRows<File, User>:  {read} rows ({enabled} enabled) in {:.2?}, count {:?}, next link {}, buffer {} bytes",
        start.elapsed(),
        rows.odata_count(),
        rows.next_link().is_some(),
        rows.buffer_capacity()
    );
    println!("after reading:         {}", memory());

    if tiny > 0 {
        let start = Instant::now();
        let mut rows = PageRows::<_, Tiny>::new(Generated {
            rows: tiny,
            next: 0,
            pending: b"{\"value\":[".to_vec(),
            at: 0,
            ended: false,
        });
        let mut sum = 0_u64;
        for row in rows.by_ref() {
            sum = sum.wrapping_add(row?.n.unwrap_or(0));
        }
        println!(
            "PageRows<_, Tiny>:     {} generated rows (id sum {sum}) in {:.2?}, buffer {} bytes",
            rows.rows_read(),
            start.elapsed(),
            rows.buffer_capacity()
        );
        println!("after reading:         {}", memory());
    }

    if whole {
        let start = Instant::now();
        let page: Page<User> = serde_json::from_slice(&std::fs::read(&path)?)?;
        println!(
            "Page<User> (whole):    {} rows in {:.2?}",
            page.value.len(),
            start.elapsed()
        );
        drop(page);
        println!("after reading:         {}", memory());
    }
    std::fs::remove_file(&path)?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
