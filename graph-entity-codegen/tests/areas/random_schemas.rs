//! Random schemas: the features never form a cycle, and every name is compiled wherever it is
//! used.

use super::*;

/// A small pseudo-random generator (xorshift), so that the schemas below are the same each run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).expect("small")
    }
}

/// A schema of `n` types (`t0`, `t1`, ...) with random bases, properties, navigation properties,
/// bound actions and entity sets, and an areas file of three areas with random roots.
fn random_schema(rng: &mut Rng, n: usize) -> (String, String) {
    let entity = |i: usize| i % 3 != 0;
    let mut body = String::new();
    for i in 0..n {
        let tag = if entity(i) {
            "EntityType"
        } else {
            "ComplexType"
        };
        let _ = write!(body, "<{tag} Name=\"t{i}\"");
        let bases: Vec<usize> = (0..i).filter(|&b| entity(b) == entity(i)).collect();
        if !bases.is_empty() && rng.below(5) < 2 {
            let base = bases[rng.below(bases.len())];
            let _ = write!(body, " BaseType=\"graph.t{base}\"");
        }
        body.push_str(">\n");
        for p in 0..rng.below(3) {
            let target = rng.below(n);
            let ty = random_type(rng, target);
            let _ = writeln!(body, "  <Property Name=\"p{i}x{p}\" Type=\"{ty}\" />");
        }
        for v in 0..rng.below(3) {
            let target = rng.below(n);
            if !entity(target) {
                continue;
            }
            let ty = random_type(rng, target);
            let contains = rng.below(2) == 0;
            let _ = writeln!(
                body,
                "  <NavigationProperty Name=\"n{i}x{v}\" Type=\"{ty}\" ContainsTarget=\"{contains}\" />"
            );
        }
        let _ = writeln!(body, "</{tag}>");
    }
    for a in 0..n / 3 {
        let (binding, returns) = (rng.below(n), rng.below(n));
        let _ = writeln!(
            body,
            "<Action Name=\"a{a}\" IsBound=\"true\"><Parameter Name=\"bindingParameter\" \
             Type=\"graph.t{binding}\" /><ReturnType Type=\"graph.t{returns}\" /></Action>"
        );
    }
    body.push_str("<EntityContainer Name=\"service\">");
    for e in 0..3 {
        let t = (rng.below(n) / 3) * 3 + 1;
        if t < n {
            let _ = write!(
                body,
                "<EntitySet Name=\"s{e}\" EntityType=\"graph.t{t}\" />"
            );
        }
    }
    body.push_str("</EntityContainer>");
    let mut areas = String::new();
    for a in 0..3 {
        let _ = write!(areas, "a{a}:");
        for _ in 0..=rng.below(2) {
            let _ = write!(areas, " microsoft.graph.t{}", rng.below(n));
        }
        areas.push('\n');
    }
    (schema(&body), areas)
}

/// `graph.t{target}`, or a collection of it.
fn random_type(rng: &mut Rng, target: usize) -> String {
    if rng.below(2) == 0 {
        format!("graph.t{target}")
    } else {
        format!("Collection(graph.t{target})")
    }
}

/// Each `feature = [..]` line of `features.toml`.
fn feature_deps(toml: &str) -> BTreeMap<String, Vec<String>> {
    toml.lines()
        .filter_map(|l| l.split_once(" = ["))
        .map(|(f, rest)| {
            let deps = rest
                .trim_end_matches(']')
                .split(", ")
                .filter(|d| !d.is_empty())
                .map(|d| d.trim_matches('"').to_owned())
                .collect();
            (f.to_owned(), deps)
        })
        .collect()
}

/// The feature of each item `mod.rs` re-exports (`T1`, `T1Patch`, `AnyT1`).
fn item_features(module: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut gate = String::new();
    for line in module.lines() {
        if let Some(f) = line.strip_prefix("#[cfg(feature = \"") {
            f.trim_end_matches("\")]").clone_into(&mut gate);
        } else if let Some(items) = line.strip_prefix("pub use self::") {
            let items = items.split_once("::").expect("a path").1;
            for item in items.trim_matches(['{', '}', ';']).split(", ") {
                out.insert(item.to_owned(), gate.clone());
            }
        }
    }
    out
}

#[test]
fn features_never_form_a_cycle_and_every_name_is_compiled_when_used() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for round in 0..200 {
        let n = 4 + rng.below(14);
        let (xml, areas) = random_schema(&mut rng, n);
        let files = generate(&xml, "doc.xml", &options(&areas))
            .unwrap_or_else(|e| panic!("round {round}: {e}\n{areas}\n{xml}"));
        let deps = feature_deps(file(&files, "features.toml"));
        // `common` needs nothing, an area only `common`; `other` anything but itself.
        for (feature, needs) in &deps {
            match feature.as_str() {
                "common" => assert!(needs.is_empty(), "round {round}: {needs:?}"),
                "other" | "full" => assert!(!needs.contains(feature), "round {round}"),
                _ => assert_eq!(needs, &["common"], "round {round}: {feature}"),
            }
        }
        // Every name a type file uses is compiled whenever the file is: in its feature, one
        // that feature enables, or behind a `#[cfg]` on exactly the name's feature.
        let items = item_features(file(&files, "mod.rs"));
        for f in files.iter().filter(|f| f.path != Path::new("mod.rs")) {
            let Some(own) = items.get(
                &f.contents
                    .lines()
                    .find_map(|l| {
                        l.strip_prefix("pub struct ")
                            .map(|s| s.trim_end_matches(" {").to_owned())
                    })
                    .unwrap_or_default(),
            ) else {
                continue; // features.toml
            };
            let mut gate: Option<&str> = None;
            for line in f.contents.lines() {
                if let Some(g) = line.trim().strip_prefix("#[cfg(feature = \"") {
                    gate = Some(g.trim_end_matches("\")]"));
                    continue;
                }
                if line.trim_start().starts_with("#[") || line.trim_start().starts_with("///") {
                    continue;
                }
                for used in line.split("super::").skip(1) {
                    let name: String = used
                        .chars()
                        .take_while(char::is_ascii_alphanumeric)
                        .collect();
                    let theirs = &items[&name];
                    let ok = match gate {
                        Some(g) => g == theirs,
                        None => theirs == own || deps[own].contains(theirs),
                    };
                    assert!(
                        ok,
                        "round {round}: {} uses {name} ({theirs}) under {gate:?}\n{areas}\n{xml}",
                        f.path.display()
                    );
                }
                gate = None;
            }
        }
    }
}
