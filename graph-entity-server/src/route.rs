//! Reading a request's path: which entity set, entity, report function or download it names.

use crate::reply::quote;
use crate::report::Report;
use crate::set::EntitySet;
use crate::shared::Shared;

/// What a request is about, once its path is read.
pub enum Target<'a> {
    Collection(&'a str, &'a dyn EntitySet),
    Entity(&'a str, &'a dyn EntitySet, String),
    Function(&'a Report, String),
    Download(&'a Report),
}

/// Reads `/{version}/{set}`, `/{version}/{set}/{id}`, `/{version}/{function}(args)` and
/// `/downloads/{file}`; the error is a 404's message.
pub fn route<'a>(shared: &'a Shared, path: &str) -> Result<(&'a str, Target<'a>), String> {
    let decoded = percent_decode(path).ok_or("the path is not valid percent-encoded UTF-8")?;
    let rest = decoded.strip_prefix('/').unwrap_or(&decoded);
    let (version, rest) = rest.split_once('/').unwrap_or((rest, ""));
    if version == "downloads" {
        return shared
            .reports
            .iter()
            .find(|r| r.file_name() == rest)
            .map(|r| ("", Target::Download(r)))
            .ok_or_else(|| "no such download".to_owned());
    }
    let version = match version {
        "v1.0" => "v1.0",
        "beta" => "beta",
        _ => return Err("unknown API version: expected `v1.0` or `beta`".to_owned()),
    };
    if let Some((name, args)) = rest.strip_suffix(')').and_then(|r| r.split_once('(')) {
        if let Some(report) = shared.reports.iter().find(|r| r.function() == name) {
            return Ok((version, Target::Function(report, args.to_owned())));
        }
    }
    for (set_path, set) in &shared.sets {
        if rest == set_path {
            return Ok((version, Target::Collection(set_path, &**set)));
        }
        if let Some(id) = rest
            .strip_prefix(set_path.as_str())
            .and_then(|r| r.strip_prefix('/'))
        {
            if !id.is_empty() && !id.contains('/') {
                return Ok((version, Target::Entity(set_path, &**set, id.to_owned())));
            }
        }
    }
    Err(format!("no resource at {}", quote(rest)))
}

/// Decodes `%XX` escapes; `None` for a broken escape or a result that is not UTF-8.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            // `from_str_radix` would also take a sign: only two hex digits make an escape.
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
