//! Reads a v1.0 `getOffice365ServicesUserCounts` CSV report, prints it as a table, and shows
//! the JSON form of its rows (the collection page the beta endpoint returns).
//!
//! ```sh
//! cargo run --example read_report                 # the bundled sample report
//! cargo run --example read_report -- report.csv   # a report downloaded from Graph
//! ```
//!
//! A row that does not read is reported on stderr with its row, column and value; the other
//! rows are still shown, and the program exits with status 1.

use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::process::ExitCode;

use graph_entity::Page;
use graph_entity::models::Office365ServicesUserCounts;

/// A sample report as Graph v1.0 sends it (with a UTF-8 byte order mark), one row per period.
const SAMPLE: &[u8] = include_bytes!("data/office365-services-user-counts.csv");

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (name, input): (String, Box<dyn Read>) = match (args.next(), args.next()) {
        (None, _) => ("the bundled sample report".to_owned(), Box::new(SAMPLE)),
        (Some(path), None) => match File::open(&path) {
            Ok(file) => (
                path.to_string_lossy().into_owned(),
                Box::new(BufReader::new(file)),
            ),
            Err(err) => {
                eprintln!("error: cannot open {}: {err}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        (Some(_), Some(_)) => {
            eprintln!("usage: read_report [REPORT.csv]");
            return ExitCode::FAILURE;
        }
    };

    let mut out = io::stdout().lock();
    match report(&name, input, &mut out) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // `read_report | head` closes stdout early: not an error worth a message.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: writing the output: {err}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the report and prints it; `Ok(false)` if a row did not read.
fn report(name: &str, input: impl Read, out: &mut impl Write) -> io::Result<bool> {
    writeln!(out, "Reading {name}\n")?;
    let mut rows = Vec::new();
    let mut all_read = true;
    for row in graph_entity::csv::read::<Office365ServicesUserCounts, _>(input) {
        match row {
            Ok(row) => rows.push(row),
            Err(err) => {
                eprintln!("error: {err}");
                all_read = false;
            }
        }
    }

    writeln!(out, "Active / inactive users per service:\n")?;
    print_table(&rows, out)?;

    writeln!(
        out,
        "\nThe same rows as the JSON collection page the beta endpoint returns:\n"
    )?;
    let page = Page {
        value: rows,
        context: Some(
            "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ServicesUserCounts)"
                .to_owned(),
        ),
        ..Page::default()
    };
    serde_json::to_writer_pretty(&mut *out, &page)?;
    writeln!(out)?;
    Ok(all_read)
}

/// The table's columns: a title and the text of each row's cell.
type Column = (&'static str, fn(&Office365ServicesUserCounts) -> String);

const COLUMNS: &[Column] = &[
    ("Refreshed", |r| text(r.report_refresh_date)),
    ("Days", |r| text(r.report_period.as_deref())),
    ("Exchange", |r| pair(r.exchange_active, r.exchange_inactive)),
    ("OneDrive", |r| {
        pair(r.one_drive_active, r.one_drive_inactive)
    }),
    ("SharePoint", |r| {
        pair(r.share_point_active, r.share_point_inactive)
    }),
    ("Skype for Business", |r| {
        pair(r.skype_for_business_active, r.skype_for_business_inactive)
    }),
    ("Yammer", |r| pair(r.yammer_active, r.yammer_inactive)),
    ("Teams", |r| pair(r.teams_active, r.teams_inactive)),
    ("Office 365", |r| {
        pair(r.office365_active, r.office365_inactive)
    }),
];

/// Prints one line per row, every column right-aligned to its widest cell.
fn print_table(rows: &[Office365ServicesUserCounts], out: &mut impl Write) -> io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| COLUMNS.iter().map(|(_, cell)| cell(row)).collect())
        .collect();
    let widths: Vec<usize> = COLUMNS
        .iter()
        .enumerate()
        .map(|(i, (title, _))| {
            cells
                .iter()
                .filter_map(|row| row.get(i))
                .map(|cell| cell.chars().count())
                .chain([title.chars().count()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut line = |texts: &[&str]| {
        let padded: Vec<String> = texts
            .iter()
            .zip(&widths)
            .map(|(text, width)| format!("{text:>width$}"))
            .collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    let titles: Vec<&str> = COLUMNS.iter().map(|(title, _)| *title).collect();
    line(&titles)?;
    let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    line(&rules.iter().map(String::as_str).collect::<Vec<_>>())?;
    for row in &cells {
        line(&row.iter().map(String::as_str).collect::<Vec<_>>())?;
    }
    if rows.is_empty() {
        writeln!(out, "(no rows)")?;
    }
    Ok(())
}

/// A cell's text, `-` when the report has no value.
fn text(value: Option<impl ToString>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

fn pair(active: Option<i64>, inactive: Option<i64>) -> String {
    format!("{} / {}", text(active), text(inactive))
}
