//! `graph-entity-codegen CSDL.xml --out DIR [--types ns.a,ns.b]`: see the library's docs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use graph_entity_codegen::{
    Areas, Descriptions, Options, generate, read_only_paths, rustfmt, splice_features,
};

const USAGE: &str = "\
usage: graph-entity-codegen CSDL.xml --out DIR [--types ns.a,ns.b] [--areas FILE [--cargo-toml FILE]]
                            [--descriptions CSDL.xml] [--read-only FILE] [--extern-path NAME=PATH]...
                            [--values-crate PACKAGE=DIR [--values-part PACKAGE=DIR]...
                             [--values-cargo-toml PACKAGE=FILE]...]

Writes DIR/mod.rs and the files it includes: Rust models of every type of the CSDL document
(or only of the listed types and everything they reference), using #[derive(GraphEntity)].

  --out DIR            the output directory (created if missing; files are overwritten)
  --types ns.a,ns.b    qualified type names (or alias.name) to generate, with their closure
  --areas FILE         split the output into cargo features, one per area of FILE (`name: roots`),
                       plus `common`, `other` and `full`; writes DIR/features.toml
  --cargo-toml FILE    with --areas: also write the features into FILE's `[features]`, between
                       the lines `# @generated features: begin` and `# @generated features: end`
  --descriptions FILE  a second CSDL document whose descriptions fill those the first lacks
  --read-only FILE     properties to make read-only beside the schema's (`ns.type/property` a
                       line, `#` comments)
  --extern-path NAME=PATH
                       generate no type for NAME (`ns.type`, or a namespace `ns`) and write the
                       Rust path PATH wherever it is used (a namespace: PATH::module::Type);
                       repeatable
  --values-crate PACKAGE=DIR
                       write the enum and complex types that lead to no entity type to DIR, for
                       the cargo package PACKAGE; the modules in --out re-export them
  --values-part PACKAGE=DIR
                       with --values-crate: a crate that takes a share of the values that the
                       others do not share, built beside the other parts; repeatable
  --values-cargo-toml PACKAGE=FILE
                       with --cargo-toml: the manifest of each values package, for its features;
                       repeatable
  -h, --help           this text
";

struct Args {
    input: PathBuf,
    out: PathBuf,
    cargo_toml: Option<PathBuf>,
    /// Each values package's output directory: the values crate's, then the parts'.
    values_out: Vec<(String, PathBuf)>,
    /// Each values package's manifest.
    values_cargo_toml: Vec<(String, PathBuf)>,
    options: Options,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match parse_args(&args).and_then(|args| run(&args)) {
        Ok(count) => {
            eprintln!("graph-entity-codegen: wrote {count} files");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("graph-entity-codegen: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut input = None;
    let mut out = None;
    let mut types = None;
    let mut areas = None;
    let mut cargo_toml = None;
    let mut descriptions = None;
    let mut read_only = None;
    let mut extern_paths = Vec::new();
    let mut values = None;
    let mut parts = Vec::new();
    let mut values_cargo_toml = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |flag: &str| {
            iter.next()
                .cloned()
                .ok_or_else(|| format!("`{flag}` expects a value\n\n{USAGE}"))
        };
        match arg.as_str() {
            "--out" if out.is_none() => out = Some(PathBuf::from(value("--out")?)),
            "--types" if types.is_none() => types = Some(type_list(&value("--types")?)?),
            "--areas" if areas.is_none() => {
                let path = value("--areas")?;
                let text = read(&path)?;
                areas = Some(Areas::parse(&text).map_err(|e| format!("{path}: {e}"))?);
            }
            "--cargo-toml" if cargo_toml.is_none() => {
                cargo_toml = Some(PathBuf::from(value("--cargo-toml")?));
            }
            "--descriptions" if descriptions.is_none() => {
                let path = value("--descriptions")?;
                let text = read(&path)?;
                descriptions =
                    Some(Descriptions::parse(&text).map_err(|e| format!("{path}: {e}"))?);
            }
            "--read-only" if read_only.is_none() => {
                read_only = Some(read_only_paths(&read(&value("--read-only")?)?));
            }
            "--extern-path" => {
                let (name, path) = pair("--extern-path", "NAME=PATH", &value("--extern-path")?)?;
                extern_paths.push((name, path));
            }
            "--values-crate" if values.is_none() => {
                values = Some(dir_pair(
                    "--values-crate",
                    "DIR",
                    &value("--values-crate")?,
                )?);
            }
            "--values-part" => {
                parts.push(dir_pair("--values-part", "DIR", &value("--values-part")?)?);
            }
            "--values-cargo-toml" => {
                let text = value("--values-cargo-toml")?;
                values_cargo_toml.push(dir_pair("--values-cargo-toml", "FILE", &text)?);
            }
            "--out" | "--types" | "--areas" | "--cargo-toml" | "--descriptions" | "--read-only"
            | "--values-crate" => {
                return Err(format!("`{arg}` is given twice\n\n{USAGE}"));
            }
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option `{flag}`\n\n{USAGE}"));
            }
            _ if input.is_none() => input = Some(PathBuf::from(arg)),
            _ => {
                return Err(format!(
                    "unexpected argument `{arg}`: one CSDL file only\n\n{USAGE}"
                ));
            }
        }
    }
    let input = input.ok_or_else(|| format!("missing the CSDL file\n\n{USAGE}"))?;
    let out = out.ok_or_else(|| format!("missing `--out DIR`\n\n{USAGE}"))?;
    if values.is_none() && !parts.is_empty() {
        return Err(format!("`--values-part` needs `--values-crate`\n\n{USAGE}"));
    }
    let values_crate = values.as_ref().map(|(package, _)| package.clone());
    let values_parts = parts.iter().map(|(package, _)| package.clone()).collect();
    let values_out: Vec<(String, PathBuf)> = values.into_iter().chain(parts).collect();
    let args = Args {
        input,
        out,
        cargo_toml,
        values_out,
        values_cargo_toml,
        options: Options {
            types,
            areas,
            descriptions,
            read_only: read_only.unwrap_or_default(),
            extern_paths,
            values_crate,
            values_parts,
            ..Options::default()
        },
    };
    check_manifests(&args)?;
    Ok(args)
}

/// `--types a,b`: the names, trimmed.
fn type_list(list: &str) -> Result<Vec<String>, String> {
    let names: Vec<String> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    if names.is_empty() {
        return Err(format!(
            "`--types` expects qualified type names, found `{list}`"
        ));
    }
    Ok(names)
}

/// `NAME=VALUE` of `flag`, both trimmed.
fn pair(flag: &str, shape: &str, text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) => Ok((name.trim().to_owned(), value.trim().to_owned())),
        None => Err(format!(
            "`{flag}` expects `{shape}`, found `{text}`\n\n{USAGE}"
        )),
    }
}

/// `PACKAGE=PATH` of `flag`.
fn dir_pair(flag: &str, path: &str, text: &str) -> Result<(String, PathBuf), String> {
    let (package, path) = pair(flag, &format!("PACKAGE={path}"), text)?;
    Ok((package, PathBuf::from(path)))
}

/// The manifest options name only manifests the other options write features for.
fn check_manifests(args: &Args) -> Result<(), String> {
    if args.cargo_toml.is_some() && args.options.areas.is_none() {
        return Err(format!("`--cargo-toml` needs `--areas`\n\n{USAGE}"));
    }
    for (package, _) in &args.values_cargo_toml {
        if !args.values_out.iter().any(|(p, _)| p == package) {
            return Err(format!(
                "`--values-cargo-toml {package}=...` names no `--values-crate` or `--values-part`\n\n{USAGE}"
            ));
        }
    }
    if args.cargo_toml.is_some() {
        for (package, _) in &args.values_out {
            if !args.values_cargo_toml.iter().any(|(p, _)| p == package) {
                return Err(format!(
                    "with `--cargo-toml`, the values package `{package}` needs \
                     `--values-cargo-toml {package}=FILE`\n\n{USAGE}"
                ));
            }
        }
    } else if !args.values_cargo_toml.is_empty() {
        return Err(format!(
            "`--values-cargo-toml` goes with `--cargo-toml`\n\n{USAGE}"
        ));
    }
    Ok(())
}

fn run(args: &Args) -> Result<usize, String> {
    let text = std::fs::read_to_string(&args.input)
        .map_err(|e| format!("cannot read {}: {e}", args.input.display()))?;
    let name = args.input.file_name().map_or_else(
        || args.input.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut files = generate(&text, &name, &args.options)
        .map_err(|e| format!("{}: {e}", args.input.display()))?;
    rustfmt(&mut files).map_err(|e| e.to_string())?;
    for file in &files {
        let out = match &file.values_crate {
            None => &args.out,
            Some(package) => args
                .values_out
                .iter()
                .find_map(|(p, dir)| (p == package).then_some(dir))
                .ok_or_else(|| format!("no output directory for `{package}`"))?,
        };
        write(&out.join(&file.path), &file.contents)?;
    }
    let mut manifests: Vec<(Option<&String>, &PathBuf)> =
        args.cargo_toml.iter().map(|path| (None, path)).collect();
    manifests.extend(
        args.values_cargo_toml
            .iter()
            .map(|(p, path)| (Some(p), path)),
    );
    for (values_crate, path) in manifests {
        let features = files
            .iter()
            .find(|f| {
                f.values_crate.as_ref() == values_crate && f.path == Path::new("features.toml")
            })
            .map(|f| f.contents.as_str())
            .unwrap_or_default();
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let spliced =
            splice_features(&text, features).map_err(|e| format!("{}: {e}", path.display()))?;
        write(path, &spliced)?;
    }
    Ok(files.len())
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
