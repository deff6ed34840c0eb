//! Each struct's fields and their Rust names, in the order the struct declares them: the
//! properties, the navigation properties, one bind field per navigation property that is no
//! containment, the entity's etag, then `additional_data`.

use std::collections::HashSet;

use crate::model::{Navigation, Primitive, PropType, Property};
use crate::names::{derive_camel_case_of_field, identifier, snake_case, unraw};
use crate::resolve::Plan;

/// The field every struct ends with; a property that would take its name is renamed.
pub const ADDITIONAL_DATA: &str = "additional_data";
/// The `@odata.etag` field of an entity, and its name where a property is called `etag`.
const ETAG: &str = "etag";
const ODATA_ETAG: &str = "odata_etag";

/// A member of the CSDL type and the struct field that holds it.
pub struct Field<'m, T> {
    pub member: &'m T,
    pub field: String,
}

pub struct StructFields<'m> {
    /// The properties, inherited ones first; `Edm.Stream` ones are left out (`streams`).
    pub properties: Vec<Field<'m, Property>>,
    /// The names of the `Edm.Stream` properties, which no field holds.
    pub streams: Vec<&'m str>,
    /// The navigation properties whose target is emitted or extern, inherited ones first.
    pub navigation: Vec<Field<'m, Navigation>>,
    /// The names of the navigation properties whose target is neither emitted nor extern
    /// (`--types`): no
    /// field holds them, but their bind fields are there.
    pub unreachable: Vec<&'m str>,
    /// One `{field}_bind` per navigation property that is no containment (whatever its target).
    pub binds: Vec<Field<'m, Navigation>>,
    /// The `@odata.etag` field of an entity type: `etag`, or `odata_etag` where a property is
    /// already the field `etag`.
    pub etag: Option<&'static str>,
}

/// The fields of structured type `q`. Names are taken in this order, a taken one getting `_2`,
/// `_3`, ...: `additional_data` and the etag, the properties, the navigation properties (every
/// one, generated or not, so that names do not depend on `--types`), the binds.
pub fn struct_fields<'m>(plan: &Plan<'m>, q: &str, entity: bool) -> StructFields<'m> {
    let fields = &plan.fields[q];
    let mut taken: HashSet<String> = HashSet::from([ADDITIONAL_DATA.to_owned()]);
    // Every entity keeps its `@odata.etag` (for `If-Match`); where a property is already
    // called `etag` (`chatMessage`, ...), the annotation's field is `odata_etag`.
    let etag = entity.then(|| {
        let clash = fields
            .iter()
            .any(|p| unraw(&identifier(&snake_case(&p.name))) == ETAG);
        let name = if clash { ODATA_ETAG } else { ETAG };
        taken.insert(name.to_owned());
        name
    });
    let (stream, properties): (Vec<&Property>, Vec<&Property>) = fields
        .iter()
        .partition(|p| p.ty == PropType::Edm(Primitive::Stream));
    let properties = properties
        .into_iter()
        .map(|p| Field {
            field: field_name(&identifier(&snake_case(&p.name)), &mut taken),
            member: p,
        })
        .collect();
    let mut out = StructFields {
        properties,
        streams: stream.iter().map(|p| p.name.as_str()).collect(),
        navigation: Vec::new(),
        unreachable: Vec::new(),
        binds: Vec::new(),
        etag,
    };
    let navigation = plan.navigation.get(q).map_or(&[][..], Vec::as_slice);
    let mut named = Vec::new();
    for &n in navigation {
        let field = field_name(&identifier(&snake_case(&n.name)), &mut taken);
        named.push((n, field));
    }
    for (n, field) in &named {
        if !n.contains_target {
            out.binds.push(Field {
                member: *n,
                field: field_name(&format!("{}_bind", unraw(field)), &mut taken),
            });
        }
    }
    for (n, field) in named {
        if plan.available(&n.target) {
            out.navigation.push(Field { member: n, field });
        } else {
            out.unreachable.push(n.name.as_str());
        }
    }
    out
}

/// `rename = "wire"`, where the derive's `camelCase` of `field` is not `wire`.
pub fn rename(field: &str, wire: &str) -> Option<String> {
    (derive_camel_case_of_field(field) != wire).then(|| format!("rename = {wire:?}"))
}

/// `base` (an identifier), or where it is taken (by an earlier field or by `additional_data`)
/// `base` suffixed `_2`, `_3`, ... in declaration order.
fn field_name(base: &str, taken: &mut HashSet<String>) -> String {
    let mut field = base.to_owned();
    let mut n = 2;
    while taken.contains(unraw(&field)) {
        field = format!("{}_{n}", unraw(base));
        n += 1;
    }
    taken.insert(unraw(&field).to_owned());
    field
}
