//! [`Enum`]: the member table of an OData enum type, implemented by `#[derive(GraphEnum)]`.

/// An OData enum type: its qualified name and its members' wire names.
///
/// `#[derive(GraphEnum)]` implements it on an enum of unit variants, optionally with one
/// `#[graph(other)] Other(String)` variant that keeps a member this build does not know (Graph
/// adds members over time) so that it is written back verbatim. The derive also implements
/// `Serialize` and `Deserialize` through it: an enum value is a JSON string holding the member's
/// name. Reading tries [`from_member`](Enum::from_member) first; on a miss it matches the name
/// against [`MEMBERS`](Enum::MEMBERS) ignoring ASCII case (`"High"` reads as `high`; if several
/// members match, the first declared), and only then keeps it in the `other` variant. A name the
/// type neither knows nor keeps is an error naming the type and the closest member. Writing
/// uses [`member`](Enum::member): the schema's spelling. [`Flags`](crate::Flags) holds a set of
/// members of a flags enum type, each read the same way.
///
/// A hand-written implementation:
///
/// ```
/// use graph_entity::Enum;
///
/// #[derive(Debug, Clone, Copy, PartialEq)]
/// enum Importance { Low, Normal, High }
///
/// impl Enum for Importance {
///     const ODATA_TYPE: &'static str = "microsoft.graph.importance";
///     const MEMBERS: &'static [&'static str] = &["low", "normal", "high"];
///
///     fn from_member(member: &str) -> Option<Self> {
///         Some(match member {
///             "low" => Importance::Low,
///             "normal" => Importance::Normal,
///             "high" => Importance::High,
///             _ => return None,
///         })
///     }
///
///     fn member(&self) -> &str {
///         Self::MEMBERS[*self as usize]
///     }
///
///     fn index(&self) -> Option<usize> {
///         Some(*self as usize)
///     }
/// }
///
/// assert_eq!(Importance::from_member("high"), Some(Importance::High));
/// assert_eq!(Importance::High.member(), "high");
/// ```
pub trait Enum: Sized + Clone + PartialEq + 'static {
    /// Qualified OData enum type name, no `#`.
    const ODATA_TYPE: &'static str;
    /// Wire names of the known members, in declaration order.
    const MEMBERS: &'static [&'static str];
    /// The known member with exactly this wire name, or (for an enum with an `other` variant)
    /// the unknown member kept as text; `None` when the enum neither knows nor keeps it. Exact:
    /// the case-insensitive fallback is the reader's, not this method's.
    fn from_member(member: &str) -> Option<Self>;
    /// The wire name (for a kept unknown member, the text as read).
    fn member(&self) -> &str;
    /// Position in `MEMBERS`; `None` for a kept unknown member.
    fn index(&self) -> Option<usize>;
}
