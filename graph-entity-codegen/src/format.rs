//! The printer writes items one to a line; `rustfmt` lays them out, so the output is what
//! `cargo fmt` keeps, whatever rustfmt release is installed.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::GeneratedFile;
use crate::error::Error;

/// Formats generated files with `rustfmt --edition 2024`, as `cargo fmt` would format them in a
/// crate of edition 2024: writes them to a fresh directory under the system's temporary
/// directory, runs `rustfmt` once on the root `mod.rs` of each output (it follows the `mod`
/// declarations into every file; each values crate's, [`GeneratedFile::values_crate`], is an
/// output of its own), and reads them back. Files other than `.rs` are left as they are.
///
/// # Errors
///
/// `rustfmt` cannot be run (it ships with every rustup toolchain: `rustup component add
/// rustfmt`), fails, or a file cannot be written or read.
pub fn rustfmt(files: &mut [GeneratedFile]) -> Result<(), Error> {
    static RUN: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "graph-entity-codegen-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let result = format_in(&dir, files);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn format_in(dir: &std::path::Path, files: &mut [GeneratedFile]) -> Result<(), Error> {
    let io = |what: &str, path: &PathBuf, e: std::io::Error| {
        Error::new(format!("cannot {what} {}: {e}", path.display()))
    };
    // Each output in a directory of its own: each has a `mod.rs`.
    let place = |file: &GeneratedFile| match &file.values_crate {
        None => dir.join("main").join(&file.path),
        Some(package) => dir.join("values").join(package).join(&file.path),
    };
    for file in files.iter() {
        let path = place(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| io("create", &parent.into(), e))?;
        }
        std::fs::write(&path, &file.contents).map_err(|e| io("write", &path, e))?;
    }
    let mut roots: Vec<PathBuf> = files
        .iter()
        .filter(|f| f.path == std::path::Path::new("mod.rs"))
        .map(place)
        .collect();
    if roots.is_empty() {
        roots.push(dir.join("main").join("mod.rs"));
    }
    let output = Command::new("rustfmt")
        .args(["--edition", "2024"])
        .args(&roots)
        .output()
        .map_err(|e| {
            Error::new(format!(
                "cannot run rustfmt ({e}): install it with `rustup component add rustfmt`"
            ))
        })?;
    if !output.status.success() {
        return Err(Error::new(format!(
            "rustfmt failed on the generated files: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    for file in files.iter_mut() {
        if file.path.extension().is_some_and(|e| e == "rs") {
            let path = place(file);
            file.contents = std::fs::read_to_string(&path).map_err(|e| io("read", &path, e))?;
        }
    }
    Ok(())
}
