//! `Page<T>`: one page of an OData collection response.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::wire::{Property, duplicate_property};

/// How errors name the object being read.
const PAGE: &str = "a collection page";

/// One page of an OData collection response, such as a beta usage report:
///
/// ```json
/// {
///   "@odata.context": "https://graph.microsoft.com/beta/$metadata#Collection(...)",
///   "@odata.count": 1,
///   "value": [ { ... } ],
///   "@odata.nextLink": "https://graph.microsoft.com/beta/...&$skiptoken=..."
/// }
/// ```
///
/// Reading: `value` is required and holds the items, read with `T`'s own rules (for an entity,
/// the [wire rules](crate#wire-rules)). `@odata.context`, `@odata.count`, `@odata.nextLink`
/// and `@odata.deltaLink` are read when present (`null` reads as `None`); `@odata.count` may
/// be a JSON number or a string holding one, like any `Edm.Int64`. Every other member (other
/// control information, annotations) is ignored. A member may appear once.
///
/// Writing: `@odata.context`, `@odata.count`, `value`, `@odata.nextLink`, `@odata.deltaLink`,
/// in that order, each control member only when it is `Some`.
///
/// ```
/// use graph_entity::Page;
/// use graph_entity::models::Office365ServicesUserCounts;
///
/// let page: Page<Office365ServicesUserCounts> = serde_json::from_str(r#"{
///     "@odata.context": "https://graph.microsoft.com/beta/$metadata#Collection(microsoft.graph.office365ServicesUserCounts)",
///     "@odata.count": "1",
///     "value": [{"reportRefreshDate": "2017-09-01", "exchangeActive": 2591, "reportPeriod": "7"}],
///     "@odata.nextLink": "https://graph.microsoft.com/beta/reports/next?$skiptoken=X"
/// }"#)?;
/// assert_eq!(page.value.len(), 1);
/// assert_eq!(page.value[0].exchange_active, Some(2591));
/// assert_eq!(page.count, Some(1));
/// assert_eq!(page.next_link.as_deref(), Some("https://graph.microsoft.com/beta/reports/next?$skiptoken=X"));
/// assert_eq!(page.delta_link, None);
///
/// let err = serde_json::from_str::<Page<Office365ServicesUserCounts>>(r#"{"@odata.count": 0}"#)
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "missing `value` in a collection page: a page holds its items in a `value` array \
///      at line 1 column 19"
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    /// The items of this page (`value`).
    pub value: Vec<T>,
    /// The URL of the next page (`@odata.nextLink`); `None` on the last page.
    pub next_link: Option<String>,
    /// The URL that returns the changes since this response (`@odata.deltaLink`), sent on the
    /// last page of a delta query.
    pub delta_link: Option<String>,
    /// The number of items in the whole collection (`@odata.count`), when `$count=true` asked
    /// for it.
    pub count: Option<i64>,
    /// The context URL (`@odata.context`): what the items are.
    pub context: Option<String>,
}

/// An empty page (no items, no control information); needs no `T: Default`.
impl<T> Default for Page<T> {
    fn default() -> Self {
        Page {
            value: Vec::new(),
            next_link: None,
            delta_link: None,
            count: None,
            context: None,
        }
    }
}

impl<T: Serialize> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let present = [
            self.context.is_some(),
            self.count.is_some(),
            self.next_link.is_some(),
            self.delta_link.is_some(),
        ];
        let len = 1 + present.iter().filter(|p| **p).count();
        let mut map = serializer.serialize_map(Some(len))?;
        if let Some(context) = &self.context {
            map.serialize_entry("@odata.context", context)?;
        }
        if let Some(count) = &self.count {
            map.serialize_entry("@odata.count", count)?;
        }
        map.serialize_entry("value", &self.value)?;
        if let Some(next_link) = &self.next_link {
            map.serialize_entry("@odata.nextLink", next_link)?;
        }
        if let Some(delta_link) = &self.delta_link {
            map.serialize_entry("@odata.deltaLink", delta_link)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PageVisitor(PhantomData))
    }
}

struct PageVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for PageVisitor<T> {
    type Value = Page<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a collection page (a JSON object with a `value` array)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
        let mut value: Option<Vec<T>> = None;
        let mut next_link: Option<Option<String>> = None;
        let mut delta_link: Option<Option<String>> = None;
        let mut count: Option<Option<i64>> = None;
        let mut context: Option<Option<String>> = None;
        while let Some(member) = map.next_key::<Member>()? {
            match member {
                Member::Value => {
                    once(value.as_ref(), "value")?;
                    value = Some(map.next_value_seed(ValueSeed(PhantomData))?);
                }
                Member::NextLink => {
                    once(next_link.as_ref(), "@odata.nextLink")?;
                    next_link = Some(map.next_value_seed(Property::new(PAGE, "@odata.nextLink"))?);
                }
                Member::DeltaLink => {
                    once(delta_link.as_ref(), "@odata.deltaLink")?;
                    delta_link =
                        Some(map.next_value_seed(Property::new(PAGE, "@odata.deltaLink"))?);
                }
                Member::Count => {
                    once(count.as_ref(), "@odata.count")?;
                    count = Some(map.next_value_seed(Property::new(PAGE, "@odata.count"))?);
                }
                Member::Context => {
                    once(context.as_ref(), "@odata.context")?;
                    context = Some(map.next_value_seed(Property::new(PAGE, "@odata.context"))?);
                }
                Member::Other => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let Some(value) = value else {
            return Err(de::Error::custom(format_args!(
                "missing `value` in {PAGE}: a page holds its items in a `value` array"
            )));
        };
        Ok(Page {
            value,
            next_link: next_link.flatten(),
            delta_link: delta_link.flatten(),
            count: count.flatten(),
            context: context.flatten(),
        })
    }
}

/// Errs if a member was already read.
fn once<V, E: de::Error>(slot: Option<&V>, name: &str) -> Result<(), E> {
    match slot {
        Some(_) => Err(duplicate_property(PAGE, name)),
        None => Ok(()),
    }
}

/// The members a page reads; everything else is `Other` and ignored. [`PageRows`](crate::PageRows)
/// reads the same names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Member {
    Value,
    NextLink,
    DeltaLink,
    Count,
    Context,
    Other,
}

impl Member {
    /// The member's name, for errors (empty for `Other`).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Member::Value => "value",
            Member::NextLink => "@odata.nextLink",
            Member::DeltaLink => "@odata.deltaLink",
            Member::Count => "@odata.count",
            Member::Context => "@odata.context",
            Member::Other => "",
        }
    }
}

impl<'de> Deserialize<'de> for Member {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(MemberVisitor)
    }
}

struct MemberVisitor;

impl Visitor<'_> for MemberVisitor {
    type Value = Member;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Member, E> {
        Ok(match name {
            "value" => Member::Value,
            "@odata.nextLink" => Member::NextLink,
            "@odata.deltaLink" => Member::DeltaLink,
            "@odata.count" => Member::Count,
            "@odata.context" => Member::Context,
            _ => Member::Other,
        })
    }
}

/// Reads the `value` array, naming it when the member is not an array.
struct ValueSeed<T>(PhantomData<fn() -> T>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for ValueSeed<T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for ValueSeed<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the `value` array of a collection page")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // A size hint comes from the input: trust it only up to a modest preallocation.
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(items)
    }
}
