//! A struct's navigation fields and bind fields.

use super::{Emitter, push_attr, push_field, push_lines};
use crate::docs::{description, push_doc};
use crate::fields::{StructFields, rename};

impl Emitter<'_, '_> {
    /// The navigation fields (behind the target's feature where that is another area's), then
    /// the bind fields (never gated: a bind is a URL).
    pub(super) fn navigation_fields(&self, out: &mut String, q: &str, fields: &StructFields) {
        let module = &self.layout.module[q];
        for f in &fields.navigation {
            let n = f.member;
            let doc = n.description.as_deref().map_or_else(
                || {
                    let nullable = if n.nullable { "" } else { ", not nullable" };
                    format!(
                        "`{}`: navigation to `{}`{nullable}, read from `$expand`.",
                        n.name,
                        n.csdl_type()
                    )
                },
                description,
            );
            push_doc(out, 4, "///", &doc);
            self.push_gate(out, 4, q, &n.target);
            let mut attrs = vec!["navigation".to_owned()];
            attrs.extend(rename(&f.field, &n.name));
            push_attr(out, 4, "graph", &attrs);
            push_lines(out, 4, self.field_attributes(q, &n.name));
            let target = self.value_path(module, &n.target);
            let ty = if n.collection {
                format!("Option<Vec<{target}>>")
            } else {
                format!("Option<Box<{target}>>")
            };
            push_field(out, &f.field, &ty);
        }
        for f in &fields.binds {
            let n = f.member;
            let (what, ty) = if n.collection {
                ("existing entities", "Option<Vec<String>>")
            } else {
                ("an existing entity", "Option<String>")
            };
            push_doc(
                out,
                4,
                "///",
                &format!(
                    "`{0}@odata.bind`: links `{0}` to {what} by URL (create or patch bodies).",
                    n.name
                ),
            );
            push_attr(out, 4, "graph", &[format!("bind = {:?}", n.name)]);
            push_field(out, &f.field, ty);
        }
    }
}
