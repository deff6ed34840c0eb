//! Extern paths ([`Options::extern_paths`](crate::Options::extern_paths)): schema types that an
//! existing Rust type stands for, as prost-build's `Config::extern_path` maps protobuf types.
//! Resolved against the schema before anything is planned: the plan leaves the types out, the
//! layout writes their paths wherever they are used.

use std::collections::BTreeMap;

use crate::error::{Error, Quoted};
use crate::model::Model;
use crate::names::{identifier, snake_case, type_name};

/// Each extern type (qualified name) and the Rust path that stands for it.
pub type Externs<'m> = BTreeMap<&'m str, String>;

/// The types `options` (`(key, path)` pairs) map, with their paths. A key is a type's qualified
/// name (alias allowed), which maps that type to `path`, or a namespace, which maps each type
/// of that namespace and of the namespaces below it to `path`, then the module of each
/// namespace segment below the key, then the type's name, as the generator would write them
/// (`microsoft.graph.callRecords` = `::calls` maps `microsoft.graph.callRecords.session` to
/// `::calls::Session`). A type's own key wins over a namespace's, a longer namespace over a
/// shorter one.
pub fn resolve<'m>(model: &'m Model, options: &[(String, String)]) -> Result<Externs<'m>, Error> {
    let mut types: BTreeMap<&str, &str> = BTreeMap::new();
    let mut namespaces: BTreeMap<String, &str> = BTreeMap::new();
    for (key, path) in options {
        check_path(key, path)?;
        let q = model.qualify(key);
        let twice = if let Some((q, _)) = model.types.get_key_value(&q) {
            types.insert(q, path).is_some()
        } else {
            let namespace = model.aliases.get(key).unwrap_or(key).clone();
            if !model
                .types
                .values()
                .any(|d| within(&d.namespace, &namespace))
            {
                return Err(Error::new(format!(
                    "extern path for {}: the schema has no type `{q}` and no namespace `{namespace}`",
                    Quoted(key)
                )));
            }
            namespaces.insert(namespace, path).is_some()
        };
        if twice {
            return Err(Error::new(format!(
                "extern path for {}: the type or namespace is mapped twice",
                Quoted(key)
            )));
        }
    }
    let mut out = BTreeMap::new();
    for (q, def) in &model.types {
        if let Some(path) = types.get(q.as_str()) {
            out.insert(q.as_str(), (*path).to_owned());
            continue;
        }
        let nearest = namespaces
            .iter()
            .filter(|(ns, _)| within(&def.namespace, ns))
            .max_by_key(|(ns, _)| ns.len());
        if let Some((ns, path)) = nearest {
            let mut full = (*path).to_owned();
            for segment in def.namespace[ns.len()..]
                .split('.')
                .filter(|s| !s.is_empty())
            {
                full.push_str("::");
                full.push_str(&identifier(&snake_case(segment)));
            }
            full.push_str("::");
            full.push_str(&type_name(&def.name));
            out.insert(q.as_str(), full);
        }
    }
    Ok(out)
}

/// Whether `namespace` is `key` or a namespace below it.
fn within(namespace: &str, key: &str) -> bool {
    namespace
        .strip_prefix(key)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
}

/// A path is written as given: it must be a Rust path (`::a::B`, `crate::a::B`), no generics.
fn check_path(key: &str, path: &str) -> Result<(), Error> {
    let segments = path.strip_prefix("::").unwrap_or(path);
    let ident = |s: &str| {
        let s = s.strip_prefix("r#").unwrap_or(s);
        s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && s != "_"
            && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    if segments.split("::").all(ident) {
        Ok(())
    } else {
        Err(Error::new(format!(
            "extern path for {}: expected a Rust path such as `::my_crate::IdentitySet`, found {}",
            Quoted(key),
            Quoted(path)
        )))
    }
}
