//! Areas: cargo features that split a generated schema so that a user compiles what they use.
//!
//! An areas file names each area and its root types. Types go where the area's calls return
//! them:
//!
//! - An area *claims* its roots and what they hold, transitively: base types and property types
//!   (not the variants of an `Any*` enum, not navigation targets).
//! - An *orphan* is an emitted type that no area claims.
//! - An area *needs* what it claims and, transitively from every type it needs: what that type
//!   holds (base and property types, whatever area claims them), and the orphans its values lead
//!   to: the variants of its `Any*` enum, its navigation targets, and the return types of the
//!   actions and functions bound to it (bound to `Collection(x)` counts for `x`). An orphan is
//!   pulled in this way only when what it holds can come along: when it holds no type that another
//!   area alone claims (`agentUser`, derived from `user`, goes with `users`, not with every area
//!   whose `AnyDirectoryObject` lists it). A claimed type is never pulled into another area.
//! - A type that one area needs is in that area; a type that two or more need is in `common`;
//!   a type that none needs is in `other`.
//!
//! Every feature but `common` enables `common`; `other` also enables the areas whose types its
//! types hold. Since an area needs what each type it needs holds, a type of an area holds types of
//! that area or of `common` only, and a type of `common` types of `common` only: the features
//! form no cycle, and each area compiles alone. A navigation field or `Any*` variant whose target
//! is in a feature that is neither its owner's nor `common` is behind
//! `#[cfg(feature = "...")]` instead: `AnyDirectoryObject` has its `User` variant when `users` is
//! on. The dependencies are computed from the structural edges (bases, property types) only.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::error::{Error, Quoted};
use crate::model::Model;
use crate::resolve::{Plan, reach};

/// The feature of the types two or more areas need.
pub const COMMON: &str = "common";
/// The feature of the types no area needs.
pub const OTHER: &str = "other";
/// The feature that enables every area.
pub const FULL: &str = "full";

/// The areas of a generated schema, read from an areas file (the CLI's `--areas FILE`).
///
/// One area per line, `name: root root ...`; a line that starts with white space continues the
/// area above; `#` starts a comment. A root is a qualified type name (`microsoft.graph.event`),
/// a namespace's types whose names start with a prefix (`microsoft.graph.calendar*`), or all of
/// a namespace's types (`microsoft.graph.security.*`). Names are cargo features: lowercase
/// ASCII letters, digits and `_`, not `common`, `other` or `full`, which the generator uses.
/// Where each type goes is described in the crate docs ("Areas").
///
/// ```
/// let text = "# Graph's calendar and its mail
/// calendar: microsoft.graph.event microsoft.graph.calendar*
/// mail: microsoft.graph.message
///   microsoft.graph.mailFolder # a continuation line
/// ";
/// let areas = graph_entity_codegen::Areas::parse(text)?;
/// assert_eq!(areas.names().collect::<Vec<_>>(), ["calendar", "mail"]);
/// # Ok::<(), graph_entity_codegen::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Areas {
    areas: Vec<Area>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Area {
    name: String,
    line: u32,
    roots: Vec<(String, u32)>,
}

impl Areas {
    /// Reads an areas file.
    ///
    /// # Errors
    ///
    /// A line that is neither `name: roots`, a continuation nor a comment; a name that is no
    /// cargo feature name, is reserved or is given twice; an area without roots. Each error names
    /// the line of the areas file.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let mut areas: Vec<Area> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
            let content = raw.split('#').next().unwrap_or("").trim_end();
            if content.trim().is_empty() {
                continue;
            }
            let rest = if content.starts_with(char::is_whitespace) {
                let Some(area) = areas.last_mut() else {
                    return Err(area_error(line, "a continuation line before any area"));
                };
                area.roots.extend(roots(content, line));
                continue;
            } else {
                let Some((name, rest)) = content.split_once(':') else {
                    return Err(area_error(
                        line,
                        format!(
                            "expected `name: root root ...`, found {}",
                            Quoted(content.trim())
                        ),
                    ));
                };
                let name = name.trim();
                check_name(name, line)?;
                if let Some(first) = areas.iter().find(|a| a.name == name) {
                    return Err(area_error(
                        line,
                        format!("area `{name}` is already declared at line {}", first.line),
                    ));
                }
                areas.push(Area {
                    name: name.to_owned(),
                    line,
                    roots: Vec::new(),
                });
                rest
            };
            if let Some(area) = areas.last_mut() {
                area.roots.extend(roots(rest, line));
            }
        }
        if let Some(empty) = areas.iter().find(|a| a.roots.is_empty()) {
            return Err(area_error(
                empty.line,
                format!("area `{}` lists no root type", empty.name),
            ));
        }
        Ok(Areas { areas })
    }

    /// The areas' names, in the file's order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.areas.iter().map(|a| a.name.as_str())
    }
}

fn roots(text: &str, line: u32) -> impl Iterator<Item = (String, u32)> + '_ {
    text.split_whitespace().map(move |r| (r.to_owned(), line))
}

fn area_error(line: u32, message: impl std::fmt::Display) -> Error {
    Error::new(format!("areas file, line {line}: {message}"))
}

fn check_name(name: &str, line: u32) -> Result<(), Error> {
    let valid = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        return Err(area_error(
            line,
            format!(
                "{} is no area name: expected lowercase ASCII letters, digits and `_`, starting \
                 with a letter",
                Quoted(name)
            ),
        ));
    }
    if [COMMON, OTHER, FULL].contains(&name) {
        return Err(area_error(
            line,
            format!("`{name}` is the generator's own feature; name the area otherwise"),
        ));
    }
    Ok(())
}

/// Each emitted type's feature, and each feature's direct dependencies.
pub struct Assignment<'m> {
    pub feature: BTreeMap<&'m str, String>,
    /// Feature -> the features it enables, in the areas file's order (`common` first).
    pub needs: Vec<(String, Vec<String>)>,
}

impl Assignment<'_> {
    /// The feature a member of `owner`'s item (a navigation field, an `Any*` variant) that names
    /// `target` is gated by: `target`'s feature, unless that is `owner`'s own or `common`, which
    /// `owner`'s feature has anyway.
    pub fn gate(&self, owner: &str, target: &str) -> Option<&str> {
        let feature = self.feature.get(target)?;
        (Some(feature) != self.feature.get(owner) && feature != COMMON).then_some(feature.as_str())
    }
}

pub fn assign<'m>(
    model: &'m Model,
    plan: &Plan<'m>,
    areas: &Areas,
) -> Result<Assignment<'m>, Error> {
    let mut claimed = Vec::new();
    for area in &areas.areas {
        let mut roots = Vec::new();
        for (root, line) in &area.roots {
            let found = matching(model, plan, root);
            if found.is_empty() && plan.externs.contains(model.qualify(root).as_str()) {
                return Err(area_error(
                    *line,
                    format!(
                        "area `{}` lists `{root}`, which an extern path maps to a Rust type: it \
                         is in no feature",
                        area.name
                    ),
                ));
            }
            if found.is_empty() {
                return Err(area_error(
                    *line,
                    format!(
                        "area `{}` lists `{root}`, which matches no type of the document",
                        area.name
                    ),
                ));
            }
            roots.extend(found);
        }
        claimed.push(reach(roots, |t| plan.structural(t)));
    }
    let pullers = pullers(plan, &claimed);
    let mut needed_by: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (index, claimed) in claimed.into_iter().enumerate() {
        let need = reach(claimed, |t| {
            let mut next = plan.structural(t);
            let reached = plan.links(t).into_iter().chain(plan.bound_returns(t));
            next.extend(reached.filter(|r| match pullers.get(r) {
                Some(Puller::Any) => true,
                Some(Puller::Only(area)) => *area == index,
                Some(Puller::None) | None => false, // claimed, or held by two areas' types
            }));
            next
        });
        for t in need {
            needed_by.entry(t).or_default().insert(index);
        }
    }
    let mut feature = BTreeMap::new();
    for &t in &plan.emitted {
        let name = match needed_by.get(t).map(|s| s.iter().collect::<Vec<_>>()) {
            Some(only) if only.len() == 1 => areas.areas[*only[0]].name.clone(),
            Some(_) => COMMON.to_owned(),
            None => OTHER.to_owned(),
        };
        feature.insert(t, name);
    }
    let needs = feature_needs(plan, areas, &feature)?;
    Ok(Assignment { feature, needs })
}

/// Which areas may pull an orphan in through a variant, navigation or return edge.
enum Puller {
    /// Any area: the orphan holds no type that a single area claims.
    Any,
    /// Only this area: the orphan holds types that this area alone claims.
    Only(usize),
    /// None: the orphan holds types that two different areas each claim alone; pulling it in
    /// would take one of them from its area.
    None,
}

/// For each orphan (an emitted type no area claims), the areas that may pull it in: pulling a
/// type in pulls in everything it holds (its structural closure), and a type that one area
/// alone claims must stay in that area.
fn pullers<'m>(plan: &Plan<'m>, claimed: &[BTreeSet<&'m str>]) -> BTreeMap<&'m str, Puller> {
    let mut claimers: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, set) in claimed.iter().enumerate() {
        for &t in set {
            claimers.entry(t).or_default().push(index);
        }
    }
    let mut out = BTreeMap::new();
    for &orphan in plan.emitted.iter().filter(|t| !claimers.contains_key(*t)) {
        let owners: BTreeSet<usize> = reach([orphan], |t| plan.structural(t))
            .into_iter()
            .filter_map(|t| match claimers.get(t).map(Vec::as_slice) {
                Some(&[only]) => Some(only),
                _ => None,
            })
            .collect();
        let puller = match owners.len() {
            0 => Puller::Any,
            1 => Puller::Only(owners.into_iter().next().unwrap_or_default()),
            _ => Puller::None,
        };
        out.insert(orphan, puller);
    }
    out
}

/// Each feature's direct dependencies, through structural edges only (navigation fields and
/// `Any*` variants of another feature are behind `#[cfg]`): `common` first, the areas, `other`.
fn feature_needs(
    plan: &Plan,
    areas: &Areas,
    feature: &BTreeMap<&str, String>,
) -> Result<Vec<(String, Vec<String>)>, Error> {
    let order: Vec<&str> = std::iter::once(COMMON)
        .chain(areas.names())
        .chain(std::iter::once(OTHER))
        .collect();
    let position = |f: &str| order.iter().position(|&o| o == f).unwrap_or(usize::MAX);
    let mut reach: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (&t, f) in feature {
        // Every type a type holds is emitted with it (the same closure), so has a feature.
        for g in plan.structural(t).iter().filter_map(|d| feature.get(d)) {
            let g = g.as_str();
            if g != f {
                reach.entry(f.as_str()).or_default().insert(g);
            }
        }
    }
    let mut needs = Vec::new();
    for &f in &order {
        let mut deps: BTreeSet<&str> = reach.get(f).into_iter().flatten().copied().collect();
        // Every other feature enables `common`: a navigation field or `Any*` variant whose
        // target is in `common` is not gated.
        if f != COMMON {
            deps.insert(COMMON);
        }
        let mut deps: Vec<&str> = deps.into_iter().collect();
        // `common` needs no feature, an area only `common`; `other` may need any but itself.
        let allowed = |g: &str| match f {
            COMMON => false,
            OTHER => g != OTHER,
            _ => g == COMMON,
        };
        if let Some(bad) = deps.iter().find(|g| !allowed(g)) {
            return Err(Error::new(format!(
                "internal error: feature `{f}` would need feature `{bad}`"
            )));
        }
        deps.sort_by_key(|g| position(g));
        needs.push((f.to_owned(), deps.into_iter().map(str::to_owned).collect()));
    }
    Ok(needs)
}

/// The types a root names: one qualified name, a namespace prefix (`ns.prefix*`) or a whole
/// namespace (`ns.*`).
fn matching<'m>(model: &'m Model, plan: &Plan<'m>, root: &str) -> Vec<&'m str> {
    let root = model.qualify(root);
    let Some(pattern) = root.strip_suffix('*') else {
        return plan
            .emitted
            .get(root.as_str())
            .map(|t| vec![*t])
            .unwrap_or_default();
    };
    let (namespace, prefix) = pattern.rsplit_once('.').unwrap_or(("", pattern));
    plan.emitted
        .iter()
        .copied()
        .filter(|t| {
            let def = &model.types[*t];
            def.namespace == namespace && def.name.starts_with(prefix)
        })
        .collect()
}

/// The `[features]` entries of the areas, as `features.toml` holds them; each feature also
/// enables the feature of the same name of each package of `forward` (the values crates).
pub fn features_toml(header: &str, assignment: &Assignment, forward: &[&str]) -> String {
    let mut out = header.replace("// ", "# ");
    out.push_str(
        "# The cargo features of the generated areas: paste them under `[features]` (the CLI's\n\
         # `--cargo-toml` writes them between the markers).\n",
    );
    let mut all = Vec::new();
    for (feature, deps) in &assignment.needs {
        let mut list: Vec<String> = deps.iter().map(|d| format!("\"{d}\"")).collect();
        list.extend(forward.iter().map(|p| format!("\"{p}/{feature}\"")));
        let _ = writeln!(out, "{feature} = [{}]", list.join(", "));
        all.push(format!("\"{feature}\""));
    }
    let _ = writeln!(out, "{FULL} = [{}]", all.join(", "));
    out
}

const BEGIN: &str = "# @generated features: begin";
const END: &str = "# @generated features: end";

/// `cargo_toml` with the lines between `# @generated features: begin` and
/// `# @generated features: end` replaced by `features` (the generated `features.toml`).
///
/// ```
/// let toml = "[features]\ndefault = []\n# @generated features: begin\nold = []\n# @generated features: end\n";
/// let new = graph_entity_codegen::splice_features(toml, "common = []\n")?;
/// assert_eq!(new, "[features]\ndefault = []\n# @generated features: begin\ncommon = []\n# @generated features: end\n");
/// # Ok::<(), graph_entity_codegen::Error>(())
/// ```
///
/// # Errors
///
/// The markers are missing, or not in that order.
pub fn splice_features(cargo_toml: &str, features: &str) -> Result<String, Error> {
    let begin = cargo_toml.find(BEGIN).map(|at| at + BEGIN.len());
    let end = cargo_toml.find(END);
    let (Some(begin), Some(end)) = (begin, end) else {
        return Err(Error::new(format!(
            "expected the lines `{BEGIN}` and `{END}` under `[features]`"
        )));
    };
    if end < begin {
        return Err(Error::new(format!("`{END}` comes before `{BEGIN}`")));
    }
    Ok(format!(
        "{}\n{features}{}",
        &cargo_toml[..begin],
        &cargo_toml[end..]
    ))
}
