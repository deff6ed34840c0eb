//! The entities under test (two test-local ones and the shipped one) and what the generic laws
//! need to know of each: strategies for entities and patches, and hand-written oracles.

use super::*;

/// An entity with every kind of field the derive tells apart.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.sprocket")]
pub(crate) struct Sprocket {
    #[graph(key)]
    id: String,
    #[graph(read_only)]
    revision: i64,
    display_name: String,
    size: i64,
    #[graph(rename = "isEnabled")]
    enabled: bool,
    tags: Vec<String>,
    description: Option<String>,
    weight: Option<i64>,
    archived: Option<bool>,
    /// Not on the wire and not in the patch; reads back as `String::new()`.
    #[graph(skip)]
    local_note: String,
}

/// Dates and 32-bit integers, PascalCase wire names, no key, no read-only field.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(
    odata_type = "graphEntity.mergeLaws.schedule",
    rename_all = "PascalCase"
)]
pub(crate) struct Schedule {
    starts_on: Date,
    ends_on: Option<Date>,
    attendees: u32,
    offset_minutes: i32,
    capacity: Option<u32>,
    priority: Option<i32>,
}

/// An entity under test: its strategies and hand-written oracles.
pub(crate) trait Subject:
    Entity + Serialize + DeserializeOwned + Clone + Debug + PartialEq + 'static
where
    Self::Patch: 'static,
{
    /// The wire names of the patchable properties, in declaration order.
    const PATCHABLE: &'static [&'static str];

    fn entity() -> BoxedStrategy<Self>;

    /// Every patch field independently absent, `null` (nullable only) or a value.
    fn patch() -> BoxedStrategy<Self::Patch>;

    /// A new version of `self`: each patchable field kept when its bit of `keep_mask` is set,
    /// else taken from `fresh`. Key, read-only and skipped fields always come from `self`.
    fn updated(&self, fresh: Self, keep_mask: u32) -> Self;

    /// `self` with the key, read-only and skipped fields of `base`.
    fn with_fixed_fields_of(self, base: &Self) -> Self;

    /// The wire names of the patchable properties whose values differ, in declaration order.
    fn differing(&self, other: &Self) -> Vec<&'static str>;

    /// What reading `self`'s JSON back gives: skipped fields at their default.
    fn as_read(&self) -> Self {
        self.clone()
    }
}

/// `old` and a version of it that agrees on key, read-only and skipped fields.
pub(crate) fn old_and_updated<E: Subject>() -> impl Strategy<Value = (E, E)> {
    (E::entity(), E::entity(), any::<u32>()).prop_map(|(old, fresh, mask)| {
        let updated = old.updated(fresh, mask);
        (old, updated)
    })
}

/// Pushes `wire` when the two values differ.
pub(crate) fn push_if_ne<T: PartialEq>(
    out: &mut Vec<&'static str>,
    wire: &'static str,
    a: &T,
    b: &T,
) {
    if a != b {
        out.push(wire);
    }
}

pub(crate) const OFFICE_PATCHABLE: &[&str] = &[
    "reportRefreshDate",
    "exchangeActive",
    "exchangeInactive",
    "oneDriveActive",
    "oneDriveInactive",
    "sharePointActive",
    "sharePointInactive",
    "skypeForBusinessActive",
    "skypeForBusinessInactive",
    "yammerActive",
    "yammerInactive",
    "teamsActive",
    "teamsInactive",
    "office365Active",
    "office365Inactive",
    "reportPeriod",
];

/// The fourteen counts of `row`, in declaration order.
pub(crate) fn office_counts(row: &Office365ServicesUserCounts) -> [Option<i64>; 14] {
    [
        row.exchange_active,
        row.exchange_inactive,
        row.one_drive_active,
        row.one_drive_inactive,
        row.share_point_active,
        row.share_point_inactive,
        row.skype_for_business_active,
        row.skype_for_business_inactive,
        row.yammer_active,
        row.yammer_inactive,
        row.teams_active,
        row.teams_inactive,
        row.office365_active,
        row.office365_inactive,
    ]
}

pub(crate) fn office_from_parts(
    id: Option<String>,
    report_refresh_date: Option<Date>,
    counts: [Option<i64>; 14],
    report_period: Option<String>,
) -> Office365ServicesUserCounts {
    let [
        exchange_active,
        exchange_inactive,
        one_drive_active,
        one_drive_inactive,
        share_point_active,
        share_point_inactive,
        skype_for_business_active,
        skype_for_business_inactive,
        yammer_active,
        yammer_inactive,
        teams_active,
        teams_inactive,
        office365_active,
        office365_inactive,
    ] = counts;
    Office365ServicesUserCounts {
        id,
        report_refresh_date,
        exchange_active,
        exchange_inactive,
        one_drive_active,
        one_drive_inactive,
        share_point_active,
        share_point_inactive,
        skype_for_business_active,
        skype_for_business_inactive,
        yammer_active,
        yammer_inactive,
        teams_active,
        teams_inactive,
        office365_active,
        office365_inactive,
        report_period,
    }
}

impl Subject for Office365ServicesUserCounts {
    const PATCHABLE: &'static [&'static str] = OFFICE_PATCHABLE;

    fn entity() -> BoxedStrategy<Self> {
        (
            prop::option::of(text()),
            prop::option::of(date()),
            core::array::from_fn::<_, 14, _>(|_| prop::option::of(int64())),
            prop::option::of(text()),
        )
            .prop_map(|(id, date, counts, period)| office_from_parts(id, date, counts, period))
            .boxed()
    }

    fn patch() -> BoxedStrategy<Office365ServicesUserCountsPatch> {
        (
            nullable_change(date()),
            core::array::from_fn::<_, 14, _>(|_| nullable_change(int64())),
            nullable_change(text()),
        )
            .prop_map(|(report_refresh_date, counts, report_period)| {
                let [
                    exchange_active,
                    exchange_inactive,
                    one_drive_active,
                    one_drive_inactive,
                    share_point_active,
                    share_point_inactive,
                    skype_for_business_active,
                    skype_for_business_inactive,
                    yammer_active,
                    yammer_inactive,
                    teams_active,
                    teams_inactive,
                    office365_active,
                    office365_inactive,
                ] = counts;
                Office365ServicesUserCountsPatch {
                    report_refresh_date,
                    exchange_active,
                    exchange_inactive,
                    one_drive_active,
                    one_drive_inactive,
                    share_point_active,
                    share_point_inactive,
                    skype_for_business_active,
                    skype_for_business_inactive,
                    yammer_active,
                    yammer_inactive,
                    teams_active,
                    teams_inactive,
                    office365_active,
                    office365_inactive,
                    report_period,
                }
            })
            .boxed()
    }

    fn updated(&self, fresh: Self, mask: u32) -> Self {
        let old_counts = office_counts(self);
        let mut counts = office_counts(&fresh);
        for (index, (count, old)) in (1..).zip(counts.iter_mut().zip(old_counts)) {
            if keep(mask, index) {
                *count = old;
            }
        }
        office_from_parts(
            self.id.clone(),
            if keep(mask, 0) {
                self.report_refresh_date
            } else {
                fresh.report_refresh_date
            },
            counts,
            if keep(mask, 15) {
                self.report_period.clone()
            } else {
                fresh.report_period
            },
        )
    }

    fn with_fixed_fields_of(self, base: &Self) -> Self {
        Self {
            id: base.id.clone(),
            ..self
        }
    }

    fn differing(&self, other: &Self) -> Vec<&'static str> {
        let mut out = Vec::new();
        push_if_ne(
            &mut out,
            "reportRefreshDate",
            &self.report_refresh_date,
            &other.report_refresh_date,
        );
        for (wire, (a, b)) in OFFICE_PATCHABLE[1..15]
            .iter()
            .zip(office_counts(self).into_iter().zip(office_counts(other)))
        {
            push_if_ne(&mut out, wire, &a, &b);
        }
        push_if_ne(
            &mut out,
            "reportPeriod",
            &self.report_period,
            &other.report_period,
        );
        out
    }
}

impl Subject for Sprocket {
    const PATCHABLE: &'static [&'static str] = &[
        "displayName",
        "size",
        "isEnabled",
        "tags",
        "description",
        "weight",
        "archived",
    ];

    fn entity() -> BoxedStrategy<Self> {
        (
            (text(), int64(), text(), int64(), any::<bool>(), tags()),
            (
                prop::option::of(text()),
                prop::option::of(int64()),
                prop::option::of(any::<bool>()),
                text(),
            ),
        )
            .prop_map(
                |(
                    (id, revision, display_name, size, enabled, tags),
                    (description, weight, archived, local_note),
                )| Sprocket {
                    id,
                    revision,
                    display_name,
                    size,
                    enabled,
                    tags,
                    description,
                    weight,
                    archived,
                    local_note,
                },
            )
            .boxed()
    }

    fn patch() -> BoxedStrategy<SprocketPatch> {
        (
            change(text()),
            change(int64()),
            change(any::<bool>()),
            change(tags()),
            nullable_change(text()),
            nullable_change(int64()),
            nullable_change(any::<bool>()),
        )
            .prop_map(
                |(display_name, size, enabled, tags, description, weight, archived)| {
                    SprocketPatch {
                        display_name,
                        size,
                        enabled,
                        tags,
                        description,
                        weight,
                        archived,
                    }
                },
            )
            .boxed()
    }

    fn updated(&self, fresh: Self, mask: u32) -> Self {
        Sprocket {
            id: self.id.clone(),
            revision: self.revision,
            display_name: if keep(mask, 0) {
                self.display_name.clone()
            } else {
                fresh.display_name
            },
            size: if keep(mask, 1) { self.size } else { fresh.size },
            enabled: if keep(mask, 2) {
                self.enabled
            } else {
                fresh.enabled
            },
            tags: if keep(mask, 3) {
                self.tags.clone()
            } else {
                fresh.tags
            },
            description: if keep(mask, 4) {
                self.description.clone()
            } else {
                fresh.description
            },
            weight: if keep(mask, 5) {
                self.weight
            } else {
                fresh.weight
            },
            archived: if keep(mask, 6) {
                self.archived
            } else {
                fresh.archived
            },
            local_note: self.local_note.clone(),
        }
    }

    fn with_fixed_fields_of(self, base: &Self) -> Self {
        Sprocket {
            id: base.id.clone(),
            revision: base.revision,
            local_note: base.local_note.clone(),
            ..self
        }
    }

    fn differing(&self, other: &Self) -> Vec<&'static str> {
        let mut out = Vec::new();
        push_if_ne(
            &mut out,
            "displayName",
            &self.display_name,
            &other.display_name,
        );
        push_if_ne(&mut out, "size", &self.size, &other.size);
        push_if_ne(&mut out, "isEnabled", &self.enabled, &other.enabled);
        push_if_ne(&mut out, "tags", &self.tags, &other.tags);
        push_if_ne(
            &mut out,
            "description",
            &self.description,
            &other.description,
        );
        push_if_ne(&mut out, "weight", &self.weight, &other.weight);
        push_if_ne(&mut out, "archived", &self.archived, &other.archived);
        out
    }

    fn as_read(&self) -> Self {
        Sprocket {
            local_note: String::new(),
            ..self.clone()
        }
    }
}

impl Subject for Schedule {
    const PATCHABLE: &'static [&'static str] = &[
        "StartsOn",
        "EndsOn",
        "Attendees",
        "OffsetMinutes",
        "Capacity",
        "Priority",
    ];

    fn entity() -> BoxedStrategy<Self> {
        (
            date(),
            prop::option::of(date()),
            uint32(),
            int32(),
            prop::option::of(uint32()),
            prop::option::of(int32()),
        )
            .prop_map(
                |(starts_on, ends_on, attendees, offset_minutes, capacity, priority)| Schedule {
                    starts_on,
                    ends_on,
                    attendees,
                    offset_minutes,
                    capacity,
                    priority,
                },
            )
            .boxed()
    }

    fn patch() -> BoxedStrategy<SchedulePatch> {
        (
            change(date()),
            nullable_change(date()),
            change(uint32()),
            change(int32()),
            nullable_change(uint32()),
            nullable_change(int32()),
        )
            .prop_map(
                |(starts_on, ends_on, attendees, offset_minutes, capacity, priority)| {
                    SchedulePatch {
                        starts_on,
                        ends_on,
                        attendees,
                        offset_minutes,
                        capacity,
                        priority,
                    }
                },
            )
            .boxed()
    }

    fn updated(&self, fresh: Self, mask: u32) -> Self {
        Schedule {
            starts_on: if keep(mask, 0) {
                self.starts_on
            } else {
                fresh.starts_on
            },
            ends_on: if keep(mask, 1) {
                self.ends_on
            } else {
                fresh.ends_on
            },
            attendees: if keep(mask, 2) {
                self.attendees
            } else {
                fresh.attendees
            },
            offset_minutes: if keep(mask, 3) {
                self.offset_minutes
            } else {
                fresh.offset_minutes
            },
            capacity: if keep(mask, 4) {
                self.capacity
            } else {
                fresh.capacity
            },
            priority: if keep(mask, 5) {
                self.priority
            } else {
                fresh.priority
            },
        }
    }

    fn with_fixed_fields_of(self, _base: &Self) -> Self {
        self // no key, read-only or skipped field
    }

    fn differing(&self, other: &Self) -> Vec<&'static str> {
        let mut out = Vec::new();
        push_if_ne(&mut out, "StartsOn", &self.starts_on, &other.starts_on);
        push_if_ne(&mut out, "EndsOn", &self.ends_on, &other.ends_on);
        push_if_ne(&mut out, "Attendees", &self.attendees, &other.attendees);
        push_if_ne(
            &mut out,
            "OffsetMinutes",
            &self.offset_minutes,
            &other.offset_minutes,
        );
        push_if_ne(&mut out, "Capacity", &self.capacity, &other.capacity);
        push_if_ne(&mut out, "Priority", &self.priority, &other.priority);
        out
    }
}
