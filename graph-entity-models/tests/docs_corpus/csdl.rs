//! The schema (`csdl/v1.0.xml`), read once into what the corpus rules ask of it: each type's
//! kind, base type, key, properties (type and nullability), navigation properties and enum
//! members, and which properties the schema marks read-only.
//!
//! The file is the service's `$metadata` as Graph publishes it: one element per line, every
//! start tag on one line. The reader follows that layout (it is no general XML reader) and is
//! independent of the code generator, so that the corpus test checks the models against the
//! schema rather than against the generator's reading of it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The schema, committed beside the models.
const CSDL: &str = include_str!("../../csdl/v1.0.xml");

const COMPUTED: &str = "Org.OData.Core.V1.Computed";
const IMMUTABLE: &str = "Org.OData.Core.V1.Immutable";
/// The models' read-only override list: `namespace.type/property` a line, `#` comments.
const READ_ONLY_LIST: &str = include_str!("../../read_only.txt");
const PERMISSIONS: &str = "Org.OData.Core.V1.Permissions";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Entity,
    Complex,
    Enum,
    /// A `TypeDefinition`: a named primitive type.
    Definition,
}

#[derive(Debug)]
pub struct Property {
    /// Qualified (aliases resolved): `Edm.String`, `microsoft.graph.x`, `Collection(...)`.
    pub ty: String,
    pub nullable: bool,
}

#[derive(Debug)]
pub struct Type {
    pub kind: Kind,
    /// Qualified.
    pub base: Option<String>,
    pub open: bool,
    pub key: Vec<String>,
    pub properties: BTreeMap<String, Property>,
    pub navigation: BTreeSet<String>,
    /// Enum members: name and value.
    pub members: Vec<(String, String)>,
    /// A `TypeDefinition`'s primitive type.
    pub underlying: Option<String>,
}

impl Type {
    fn new(kind: Kind) -> Type {
        Type {
            kind,
            base: None,
            open: false,
            key: Vec::new(),
            properties: BTreeMap::new(),
            navigation: BTreeSet::new(),
            members: Vec::new(),
            underlying: None,
        }
    }
}

/// Why the schema says a property is read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnly {
    /// `Org.OData.Core.V1.Computed`.
    Computed,
    /// `Org.OData.Core.V1.Permissions` of `Read` (without `Write`).
    PermissionsRead,
    /// `Org.OData.Core.V1.Immutable`: set on create, never updated.
    Immutable,
    /// Listed in `read_only.txt`, the models' override list (its 2023 description says so).
    Listed,
    /// The property is (part of) the type's key.
    Key,
}

impl ReadOnly {
    pub fn describe(self) -> &'static str {
        match self {
            ReadOnly::Computed => "annotated `Core.Computed`",
            ReadOnly::PermissionsRead => "annotated `Core.Permissions` `Read`",
            ReadOnly::Immutable => "annotated `Core.Immutable`",
            ReadOnly::Listed => "listed in `read_only.txt` (its description says \"Read-only.\")",
            ReadOnly::Key => "the key",
        }
    }
}

#[derive(Debug, Default)]
pub struct Schema {
    /// By qualified name.
    types: BTreeMap<String, Type>,
    /// `namespace.type/property` => the annotation that makes it read-only.
    read_only: BTreeMap<String, ReadOnly>,
    /// Alias => namespace.
    aliases: BTreeMap<String, String>,
}

/// The schema, read on first use.
pub fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| Schema::read(CSDL))
}

/// The value of attribute `name` in a start tag.
pub fn attribute<'l>(line: &'l str, name: &str) -> Option<&'l str> {
    let marker = format!(" {name}=\"");
    let start = line.find(&marker)? + marker.len();
    let rest = &line[start..];
    rest.find('"').map(|end| &rest[..end])
}

/// Where the reader is, line by line.
#[derive(Default)]
struct Cursor {
    namespace: String,
    /// The type being read, qualified.
    ty: Option<String>,
    /// The property being read (for inline annotations).
    property: Option<String>,
    /// The `Target` of the `<Annotations>` block being read.
    target: Option<String>,
    /// How deep in nested `<Annotation>` elements the reader is (0: none open).
    depth: usize,
    /// A `Permissions` annotation being read: its target, and the text read so far.
    permissions: Option<(String, String)>,
}

impl Schema {
    fn read(text: &str) -> Schema {
        let mut schema = Schema::default();
        let mut at = Cursor::default();
        for line in text.lines().map(str::trim) {
            if let Some((target, mut seen)) = at.permissions.take() {
                seen.push_str(line);
                if line.starts_with("</Annotation>") {
                    at.depth -= 1;
                    schema.permissions(&target, &seen);
                } else {
                    at.permissions = Some((target, seen));
                }
                continue;
            }
            if line.starts_with("<Schema ") {
                attribute(line, "Namespace")
                    .unwrap_or("")
                    .clone_into(&mut at.namespace);
                if let Some(alias) = attribute(line, "Alias") {
                    schema
                        .aliases
                        .insert(alias.to_owned(), at.namespace.clone());
                }
            } else if line.starts_with("<Annotations ") {
                at.target = attribute(line, "Target").map(str::to_owned);
            } else if line.starts_with("</Annotations>") {
                at.target = None;
            } else if line.starts_with("<Annotation ") {
                schema.annotation(line, &mut at);
            } else if line.starts_with("</Annotation>") {
                at.depth = at.depth.saturating_sub(1);
            } else {
                schema.element(line, &mut at);
            }
        }
        for listed in READ_ONLY_LIST
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
        {
            if !listed.is_empty() {
                schema
                    .read_only
                    .entry(listed.to_owned())
                    .or_insert(ReadOnly::Listed);
            }
        }
        // Annotation targets and types may use an alias: resolve them now that all are known.
        let read_only = std::mem::take(&mut schema.read_only);
        schema.read_only = read_only
            .into_iter()
            .map(|(target, why)| (schema.qualify(&target), why))
            .collect();
        let names: Vec<String> = schema.types.keys().cloned().collect();
        for name in names {
            let resolved = {
                let ty = &schema.types[&name];
                let base = ty.base.as_deref().map(|b| schema.qualify(b));
                let props: Vec<(String, String)> = ty
                    .properties
                    .iter()
                    .map(|(p, prop)| (p.clone(), schema.qualify(&prop.ty)))
                    .collect();
                (base, props)
            };
            let ty = schema.types.get_mut(&name).expect("a type read above");
            ty.base = resolved.0;
            for (p, qualified) in resolved.1 {
                if let Some(prop) = ty.properties.get_mut(&p) {
                    prop.ty = qualified;
                }
            }
        }
        schema
    }

    /// A line that is neither a schema nor an annotation: a type, or what a type holds.
    fn element(&mut self, line: &str, at: &mut Cursor) {
        let kinds = [
            ("<EntityType ", "</EntityType>", Kind::Entity),
            ("<ComplexType ", "</ComplexType>", Kind::Complex),
            ("<EnumType ", "</EnumType>", Kind::Enum),
            ("<TypeDefinition ", "</TypeDefinition>", Kind::Definition),
        ];
        for (open, close, kind) in kinds {
            if line.starts_with(open) {
                let name = format!("{}.{}", at.namespace, attribute(line, "Name").unwrap_or(""));
                let mut ty = Type::new(kind);
                ty.base = attribute(line, "BaseType").map(str::to_owned);
                ty.open = attribute(line, "OpenType") == Some("true");
                ty.underlying = attribute(line, "UnderlyingType").map(str::to_owned);
                self.types.insert(name.clone(), ty);
                at.ty = (!line.ends_with("/>")).then_some(name);
                return;
            }
            if line.starts_with(close) {
                at.ty = None;
                return;
            }
        }
        let Some(ty) = at.ty.as_ref().and_then(|name| self.types.get_mut(name)) else {
            return;
        };
        let name = attribute(line, "Name").unwrap_or("").to_owned();
        if line.starts_with("<Property ") {
            let property = Property {
                ty: attribute(line, "Type").unwrap_or("").to_owned(),
                nullable: attribute(line, "Nullable") != Some("false"),
            };
            ty.properties.insert(name.clone(), property);
            at.property = (!line.ends_with("/>")).then_some(name);
        } else if line.starts_with("</Property>") {
            at.property = None;
        } else if line.starts_with("<NavigationProperty ") {
            ty.navigation.insert(name);
        } else if line.starts_with("<PropertyRef ") {
            ty.key.push(name);
        } else if line.starts_with("<Member ") {
            let value = attribute(line, "Value").unwrap_or("").to_owned();
            ty.members.push((name, value));
        }
    }

    /// An `<Annotation>` start tag: notes `Computed` and `Permissions` that apply to a property
    /// (inline, or in an `<Annotations>` block whose target is a property).
    fn annotation(&mut self, line: &str, at: &mut Cursor) {
        let closed = line.ends_with("/>");
        let target = match (&at.target, &at.ty, &at.property) {
            _ if at.depth > 0 => None,
            (Some(target), _, _) => target.contains('/').then(|| target.clone()),
            (None, Some(ty), Some(property)) => Some(format!("{ty}/{property}")),
            _ => None,
        };
        let term = attribute(line, "Term").unwrap_or("");
        match target {
            Some(target)
                if term == COMPUTED && attribute(line, "Bool").is_none_or(|b| b == "true") =>
            {
                self.read_only.insert(target, ReadOnly::Computed);
            }
            Some(target)
                if term == IMMUTABLE && attribute(line, "Bool").is_none_or(|b| b == "true") =>
            {
                self.read_only.entry(target).or_insert(ReadOnly::Immutable);
            }
            Some(target) if term == PERMISSIONS => {
                if closed {
                    self.permissions(&target, line);
                } else {
                    at.depth += 1;
                    at.permissions = Some((target, line.to_owned()));
                    return;
                }
            }
            _ => {}
        }
        if !closed {
            at.depth += 1;
        }
    }

    fn permissions(&mut self, target: &str, text: &str) {
        if text.contains("Permission/Read") && !text.contains("Write") {
            self.read_only
                .entry(target.to_owned())
                .or_insert(ReadOnly::PermissionsRead);
        }
    }

    /// `name` with its namespace alias (if any) replaced by the namespace; `Collection(...)` kept.
    pub fn qualify(&self, name: &str) -> String {
        if let Some(inner) = name
            .strip_prefix("Collection(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            return format!("Collection({})", self.qualify(inner));
        }
        let (ty, property) = match name.split_once('/') {
            Some((ty, property)) => (ty, Some(property)),
            None => (name, None),
        };
        let ty = match ty.rsplit_once('.') {
            Some((namespace, local)) => match self.aliases.get(namespace) {
                Some(full) => format!("{full}.{local}"),
                None => ty.to_owned(),
            },
            None => ty.to_owned(),
        };
        match property {
            Some(property) => format!("{ty}/{property}"),
            None => ty,
        }
    }

    /// The type named `qualified` (a leading `#` is allowed).
    pub fn get(&self, qualified: &str) -> Option<&Type> {
        self.types
            .get(&self.qualify(qualified.trim_start_matches('#')))
    }

    /// `ty` and its base types, nearest first (stops at a base the schema does not declare).
    pub fn lineage<'s>(&'s self, ty: &str) -> Vec<(String, &'s Type)> {
        let mut out = Vec::new();
        let mut name = Some(self.qualify(ty.trim_start_matches('#')));
        while let Some(current) = name.take() {
            if out.len() > 32 || out.iter().any(|(seen, _)| *seen == current) {
                break;
            }
            let Some(found) = self.types.get(&current) else {
                break;
            };
            name.clone_from(&found.base);
            out.push((current, found));
        }
        out
    }

    /// Property `name` of `ty` or of a base type: the type that declares it, and the property.
    pub fn property(&self, ty: &str, name: &str) -> Option<(String, &Property)> {
        self.lineage(ty)
            .into_iter()
            .find_map(|(owner, t)| t.properties.get(name).map(|p| (owner, p)))
    }

    /// Whether `ty` or a base type declares navigation property `name`.
    pub fn is_navigation(&self, ty: &str, name: &str) -> bool {
        self.lineage(ty)
            .iter()
            .any(|(_, t)| t.navigation.contains(name))
    }

    /// Whether `ty` or a base type is open (takes properties it does not declare).
    pub fn is_open(&self, ty: &str) -> bool {
        self.lineage(ty).iter().any(|(_, t)| t.open)
    }

    /// Why the schema says property `name` of `ty` cannot be set by a client, if it does: the
    /// key (of the type or of the base that declares one), or a `Computed` or `Read`
    /// permission annotation on the property of `ty` or of any base.
    /// The type named with it is the one whose key it is, or whose property the annotation
    /// targets.
    pub fn read_only(&self, ty: &str, name: &str) -> Option<(String, ReadOnly)> {
        let lineage = self.lineage(ty);
        if let Some((owner, t)) = lineage.iter().find(|(_, t)| !t.key.is_empty()) {
            if t.key.iter().any(|k| k == name) {
                return Some((owner.clone(), ReadOnly::Key));
            }
        }
        lineage.into_iter().find_map(|(owner, _)| {
            let why = *self.read_only.get(&format!("{owner}/{name}"))?;
            Some((owner, why))
        })
    }

    /// Whether `ty` is `base` or derives from it.
    pub fn derives_from(&self, ty: &str, base: &str) -> bool {
        let base = self.qualify(base.trim_start_matches('#'));
        self.lineage(ty).iter().any(|(name, _)| *name == base)
    }

    /// The qualified names of the schema's namespaces.
    pub fn namespaces(&self) -> BTreeSet<&str> {
        self.types
            .keys()
            .filter_map(|name| name.rsplit_once('.').map(|(namespace, _)| namespace))
            .collect()
    }

    /// The entity or complex type of namespace `namespace` named `local`, ignoring ASCII case.
    pub fn find_ignoring_case(&self, namespace: &str, local: &str) -> Option<&str> {
        let prefix = format!("{namespace}.");
        self.types.iter().find_map(|(name, ty)| {
            let rest = name.strip_prefix(&prefix)?;
            let structured = matches!(ty.kind, Kind::Entity | Kind::Complex);
            (structured && !rest.contains('.') && rest.eq_ignore_ascii_case(local))
                .then_some(name.as_str())
        })
    }
}

/// A value the reader's error says it found: what the schema's type is asked to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Str(String),
    Number(String),
    Bool,
    Null,
    Object,
    Array,
}

impl Found {
    /// The value as the reader's error writes it (`"text"`, `12`, `true`, `null`, `an object`,
    /// `an array`), up to the ` at line` serde appends; `None` for anything else.
    pub fn parse(text: &str) -> Option<Found> {
        if text.starts_with('"') {
            // A JSON string, possibly cut short (`"abc…" (1234 bytes)`).
            let mut end = None;
            let mut escaped = false;
            for (i, c) in text.char_indices().skip(1) {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => {
                        end = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let literal = &text[..=end?];
            let value: String = serde_json::from_str(literal).ok()?;
            return Some(Found::Str(value.trim_end_matches('…').to_owned()));
        }
        let token = text.split(" at line ").next().unwrap_or(text).trim();
        match token {
            "an object" | "a map" => Some(Found::Object),
            "an array" | "a sequence" => Some(Found::Array),
            "true" | "false" => Some(Found::Bool),
            "null" => Some(Found::Null),
            _ if token.parse::<f64>().is_ok() => Some(Found::Number(token.to_owned())),
            _ => None,
        }
    }
}

impl Schema {
    /// Whether a property of type `ty` (qualified, as [`Property::ty`]) can hold `found`, as the
    /// OData JSON format writes its values. Where the schema cannot decide (an undeclared type,
    /// a stream, an untyped value), it can.
    pub fn can_hold(&self, ty: &str, nullable: bool, found: &Found) -> bool {
        if let Some(item) = ty
            .strip_prefix("Collection(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            // The error may be about the whole value or about one item of it.
            return matches!(found, Found::Array) || self.can_hold(item, true, found);
        }
        if *found == Found::Null {
            return nullable;
        }
        if let Some(primitive) = ty.strip_prefix("Edm.") {
            return primitive_holds(primitive, found);
        }
        let Some(declared) = self.get(ty) else {
            return true;
        };
        match declared.kind {
            Kind::Entity | Kind::Complex => matches!(found, Found::Object),
            Kind::Definition => declared
                .underlying
                .as_deref()
                .is_none_or(|u| self.can_hold(u, nullable, found)),
            Kind::Enum => match found {
                // One member, or several separated by commas (a flags enum), in any case (the
                // reader takes any case: a wrong case does not make a failure the docs').
                Found::Str(text) => text.split(',').map(str::trim).all(|part| {
                    declared
                        .members
                        .iter()
                        .any(|(name, _)| name.eq_ignore_ascii_case(part))
                }),
                Found::Number(n) => declared.members.iter().any(|(_, value)| value == n),
                _ => false,
            },
        }
    }
}

fn primitive_holds(primitive: &str, found: &Found) -> bool {
    let text = match found {
        Found::Str(text) => Some(text.as_str()),
        _ => None,
    };
    let integer = |t: &str| {
        let digits = t.strip_prefix('-').unwrap_or(t);
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    match primitive {
        "String" => text.is_some(),
        "Boolean" => *found == Found::Bool,
        "Byte" | "SByte" | "Int16" | "Int32" => {
            matches!(found, Found::Number(n) if integer(n))
        }
        // IEEE754Compatible lets an Int64 or a Decimal be sent as a string.
        "Int64" => matches!(found, Found::Number(n) if integer(n)) || text.is_some_and(integer),
        "Decimal" => {
            matches!(found, Found::Number(_)) || text.is_some_and(|t| t.parse::<f64>().is_ok())
        }
        "Double" | "Single" => {
            matches!(found, Found::Number(_))
                || text.is_some_and(|t| matches!(t, "NaN" | "INF" | "-INF"))
        }
        "DateTimeOffset" => text.is_some_and(is_date_time_offset),
        "Date" => text.is_some_and(|t| date(t) == Some("")),
        "TimeOfDay" => text.is_some_and(|t| time(t) == Some("")),
        "Duration" => text.is_some_and(is_duration),
        "Guid" => text.is_some_and(is_guid),
        "Binary" => text.is_some_and(|t| {
            t.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+/=-_".contains(&b))
        }),
        t if t.starts_with("Geography") || t.starts_with("Geometry") => {
            matches!(found, Found::Object)
        }
        // Untyped, Stream, PrimitiveType: anything.
        _ => true,
    }
}

/// `n` ASCII digits at the start of `s`: the rest.
fn digits(s: &str, n: usize) -> Option<&str> {
    let head = s.get(..n)?;
    head.bytes().all(|b| b.is_ascii_digit()).then(|| &s[n..])
}

/// `YYYY-MM-DD` at the start of `s`: the rest.
fn date(s: &str) -> Option<&str> {
    let s = digits(s, 4)?.strip_prefix('-')?;
    let s = digits(s, 2)?.strip_prefix('-')?;
    digits(s, 2)
}

/// `hh:mm[:ss[.fraction]]` at the start of `s`: the rest.
fn time(s: &str) -> Option<&str> {
    let s = digits(s, 2)?.strip_prefix(':')?;
    let s = digits(s, 2)?;
    let Some(s) = s.strip_prefix(':') else {
        return Some(s);
    };
    let s = digits(s, 2)?;
    let Some(fraction) = s.strip_prefix('.') else {
        return Some(s);
    };
    let end = fraction
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(fraction.len());
    (end > 0).then(|| &fraction[end..])
}

/// `YYYY-MM-DDThh:mm[:ss[.fraction]](Z|±hh:mm)`.
fn is_date_time_offset(s: &str) -> bool {
    let Some(rest) = date(s).and_then(|r| r.strip_prefix(['T', 't'])) else {
        return false;
    };
    let Some(zone) = time(rest) else {
        return false;
    };
    if zone.eq_ignore_ascii_case("z") {
        return true;
    }
    zone.strip_prefix(['+', '-'])
        .and_then(|z| digits(z, 2))
        .and_then(|z| z.strip_prefix(':'))
        .and_then(|z| digits(z, 2))
        == Some("")
}

/// An ISO 8601 duration: `[-]P[nY][nM][nW][nD][T[nH][nM][n[.n]S]]`, at least one part.
fn is_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('-').unwrap_or(s).strip_prefix('P') else {
        return false;
    };
    let (days, time) = rest.split_once('T').unwrap_or((rest, ""));
    let parts = |text: &str, units: &str| {
        let mut count = 0;
        let mut number = String::new();
        let mut allowed = units;
        for c in text.chars() {
            if c.is_ascii_digit() || (c == '.' && !number.is_empty()) {
                number.push(c);
                continue;
            }
            let at = allowed.find(c)?;
            if number.is_empty() {
                return None;
            }
            number.clear();
            allowed = &allowed[at + 1..];
            count += 1;
        }
        number.is_empty().then_some(count)
    };
    match (parts(days, "YMWD"), parts(time, "HMS")) {
        (Some(d), Some(t)) => d + t > 0 && (t > 0 || !rest.contains('T')),
        _ => false,
    }
}

/// `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
fn is_guid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The declared type a resource page's name stands for, when the docs' page name is not the
/// type's qualified name: `security-ediscoverycase` (the namespace's last segment, a hyphen,
/// the type) is `microsoft.graph.security.ediscoveryCase`; `rangefill` (a workbook page, named
/// without the `workbook` prefix of its types) is `microsoft.graph.workbookRangeFill`. ASCII
/// case is ignored, as page names are lower case.
pub fn type_of_page(page: &str) -> Option<&'static str> {
    let schema = schema();
    let stem = page.trim_start_matches("microsoft.graph.");
    if let Some((segment, local)) = stem.split_once('-') {
        let namespace = schema.namespaces().into_iter().find(|ns| {
            ns.strip_prefix("microsoft.graph.")
                .is_some_and(|last| last.eq_ignore_ascii_case(segment))
        })?;
        return schema.find_ignoring_case(namespace, local);
    }
    schema
        .find_ignoring_case("microsoft.graph", stem)
        .or_else(|| schema.find_ignoring_case("microsoft.graph", &format!("workbook{stem}")))
}

#[test]
fn reads_the_schema() {
    let s = schema();
    // Attributes in any order (`<EntityType HasStream="true" Name="message" ...>`).
    assert!(s.get("microsoft.graph.message").is_some());
    assert!(
        s.get("graph.message").is_some(),
        "an alias names the namespace"
    );
    // Namespaces keep same-named types apart.
    assert!(s.derives_from("microsoft.graph.security.alert", "microsoft.graph.entity"));
    assert!(s.get("microsoft.graph.alert").is_some());
    // A property inherited from a base, and its qualified type.
    let (owner, p) = s
        .property("microsoft.graph.androidLobApp", "publishingState")
        .expect("mobileApp declares publishingState");
    assert_eq!(owner, "microsoft.graph.mobileApp");
    assert_eq!(p.ty, "microsoft.graph.mobileAppPublishingState");
    assert!(!p.nullable);
    assert!(s.property("microsoft.graph.printer", "name").is_none());
    assert!(s.is_navigation(
        "microsoft.graph.authenticationMethodsPolicy",
        "authenticationMethodConfigurations"
    ));
    assert!(!s.is_navigation("microsoft.graph.printer", "displayName"));
    assert!(s.is_open("microsoft.graph.openTypeExtension"));
    assert!(!s.is_open("microsoft.graph.printer"));
}

#[test]
fn read_only_properties() {
    let s = schema();
    // `Computed` in an `<Annotations>` block, on the declaring type or a base's property.
    let why = |ty: &str, name: &str| s.read_only(ty, name).map(|(_, why)| why);
    assert_eq!(
        why("microsoft.graph.androidStoreApp", "packageId"),
        Some(ReadOnly::Computed)
    );
    assert_eq!(
        s.read_only("microsoft.graph.androidLobApp", "publishingState"),
        Some(("microsoft.graph.mobileApp".to_owned(), ReadOnly::Computed)),
        "the annotation targets the base that declares the property"
    );
    // `Permissions` `Read` alone.
    assert_eq!(
        why("microsoft.graph.community", "groupId"),
        Some(ReadOnly::PermissionsRead)
    );
    // `Immutable`, and the override list, inherited from the base that declares the property.
    assert_eq!(
        why("microsoft.graph.bookingAppointment", "serviceId"),
        Some(ReadOnly::Immutable)
    );
    assert_eq!(
        s.read_only("microsoft.graph.event", "createdDateTime"),
        Some(("microsoft.graph.outlookItem".to_owned(), ReadOnly::Listed))
    );
    assert_eq!(why("microsoft.graph.event", "subject"), None);
    // The key, declared on `entity`.
    assert_eq!(
        s.read_only(
            "microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
            "id"
        ),
        Some(("microsoft.graph.entity".to_owned(), ReadOnly::Key))
    );
    assert_eq!(why("microsoft.graph.printer", "displayName"), None);

    // Inline annotations, `Bool="false"`, and a `Permissions` of `ReadWrite`.
    let inline = Schema::read(
        "<Schema Namespace=\"t.ns\" Alias=\"t\">\n\
         <EntityType Name=\"w\">\n\
         <Key>\n<PropertyRef Name=\"k\" />\n</Key>\n\
         <Property Name=\"k\" Type=\"Edm.String\" Nullable=\"false\" />\n\
         <Property Name=\"a\" Type=\"Edm.String\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Computed\" />\n</Property>\n\
         <Property Name=\"b\" Type=\"Edm.String\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Computed\" Bool=\"false\" />\n</Property>\n\
         <Property Name=\"c\" Type=\"t.w\" />\n\
         <Property Name=\"d\" Type=\"Edm.String\" />\n\
         </EntityType>\n\
         <Annotations Target=\"t.w/c\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Permissions\">\n\
         <EnumMember>Org.OData.Core.V1.Permission/Read</EnumMember>\n</Annotation>\n\
         </Annotations>\n\
         <Annotations Target=\"t.w/d\">\n\
         <Annotation Term=\"Org.OData.Core.V1.Permissions\">\n\
         <EnumMember>Org.OData.Core.V1.Permission/ReadWrite</EnumMember>\n</Annotation>\n\
         </Annotations>\n</Schema>",
    );
    let why = |ty: &str, name: &str| inline.read_only(ty, name).map(|(_, why)| why);
    assert_eq!(why("t.ns.w", "k"), Some(ReadOnly::Key));
    assert_eq!(why("t.ns.w", "a"), Some(ReadOnly::Computed));
    assert_eq!(why("t.ns.w", "b"), None);
    assert_eq!(why("t.w", "c"), Some(ReadOnly::PermissionsRead));
    assert_eq!(why("t.ns.w", "d"), None);
    assert_eq!(
        inline.property("t.ns.w", "c").map(|(_, p)| p.ty.as_str()),
        Some("t.ns.w")
    );
}

#[test]
fn what_a_type_can_hold() {
    let s = schema();
    let text = |t: &str| Found::Str(t.to_owned());
    assert!(!s.can_hold("Edm.DateTimeOffset", true, &text("1974-07-22")));
    assert!(!s.can_hold("Edm.DateTimeOffset", true, &text("datetime-value")));
    assert!(s.can_hold("Edm.DateTimeOffset", true, &text("2019-01-27T18:19:50.74Z")));
    assert!(s.can_hold("Edm.DateTimeOffset", true, &text("2019-01-27T18:19+01:00")));
    assert!(s.can_hold("Edm.Date", true, &text("1974-07-22")));
    assert!(!s.can_hold("Edm.TimeOfDay", true, &text("String")));
    assert!(s.can_hold("Edm.TimeOfDay", true, &text("08:00:00.0000000")));
    assert!(!s.can_hold("Edm.Boolean", true, &text("true")));
    assert!(s.can_hold("Edm.Boolean", true, &Found::Bool));
    assert!(s.can_hold("Edm.Int64", true, &text("12")));
    assert!(!s.can_hold("Edm.Int32", true, &text("12")));
    assert!(s.can_hold("Edm.Duration", true, &text("PT1H30M")));
    assert!(s.can_hold("Edm.Duration", true, &text("P90D")));
    assert!(!s.can_hold("Edm.Duration", true, &text("90 days")));
    assert!(s.can_hold(
        "Edm.Guid",
        true,
        &text("114d3459-3459-114d-5934-4d1159344d11")
    ));
    assert!(!s.can_hold("Edm.Guid", true, &text("{id}")));
    assert!(s.can_hold("Edm.String", true, &Found::Null));
    assert!(!s.can_hold("Edm.String", false, &Found::Null));
    assert!(!s.can_hold("Edm.String", true, &Found::Object));
    assert!(s.can_hold("Edm.Untyped", true, &Found::Object));
    // Enums: a member in any case, not an object; flags: members separated by commas.
    assert!(!s.can_hold("microsoft.graph.onenoteUserRole", true, &Found::Object));
    assert!(s.can_hold("microsoft.graph.onenoteUserRole", true, &text("Owner")));
    assert!(!s.can_hold("microsoft.graph.onenoteUserRole", true, &text("boss")));
    assert!(s.can_hold(
        "microsoft.graph.applicationDataType",
        true,
        &text("codingFiles, documents")
    ));
    assert!(!s.can_hold(
        "microsoft.graph.applicationDataType",
        true,
        &text("documents, spreadsheets")
    ));
    // Complex types take objects; collections take arrays or hold the item.
    assert!(s.can_hold("microsoft.graph.emailAddress", true, &Found::Object));
    assert!(!s.can_hold("microsoft.graph.emailAddress", true, &text("x")));
    assert!(s.can_hold("Collection(Edm.String)", false, &Found::Array));
    assert!(!s.can_hold("Collection(Edm.Guid)", false, &text("x")));
    // What the schema does not declare, it cannot rule out.
    assert!(s.can_hold("microsoft.graph.noSuchType", true, &text("x")));
}

#[test]
fn found_values() {
    assert_eq!(
        Found::parse("\"datetime-value\" at line 1 column 9"),
        Some(Found::Str("datetime-value".to_owned()))
    );
    assert_eq!(
        Found::parse("\"a \\\"b\\\"\" at line 1 column 9"),
        Some(Found::Str("a \"b\"".to_owned()))
    );
    assert_eq!(
        Found::parse("\"abc…\" (4000 bytes) at line 1 column 9"),
        Some(Found::Str("abc".to_owned()))
    );
    assert_eq!(
        Found::parse("an object at line 1 column 214"),
        Some(Found::Object)
    );
    assert_eq!(
        Found::parse("12.5 at line 1 column 2"),
        Some(Found::Number("12.5".to_owned()))
    );
    assert_eq!(Found::parse("true"), Some(Found::Bool));
    assert_eq!(Found::parse("something else"), None);
}

#[test]
fn page_names_to_types() {
    assert_eq!(
        type_of_page("microsoft.graph.externalconnectors-externalconnection"),
        Some("microsoft.graph.externalConnectors.externalConnection")
    );
    assert_eq!(
        type_of_page("microsoft.graph.security-ediscoveryreviewsetquery"),
        Some("microsoft.graph.security.ediscoveryReviewSetQuery")
    );
    assert_eq!(
        type_of_page("microsoft.graph.rangefill"),
        Some("microsoft.graph.workbookRangeFill")
    );
    assert_eq!(
        type_of_page("microsoft.graph.educationuser"),
        Some("microsoft.graph.educationUser")
    );
    // No v1.0 type under any of these spellings.
    assert_eq!(
        type_of_page("microsoft.graph.telecomExpenseManagementPartner"),
        None
    );
    assert_eq!(type_of_page("microsoft.graph.nosuch-thing"), None);
}
