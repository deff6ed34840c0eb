//! The entities under test (two test-local ones and the shipped one) and what the generic laws
//! need to know of each (`laws_common`'s `Subject`, and [`FixedFields`]): strategies for
//! entities and patches, and hand-written oracles.

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

/// What the flat suite's own law `diff_ignores_key_read_only_and_skipped_fields` needs beyond
/// the shared [`Subject`].
pub(crate) trait FixedFields: Subject {
    /// `self` with the key, read-only and skipped fields of `base`.
    fn with_fixed_fields_of(self, base: &Self) -> Self;
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

    fn updated(&self, fresh: Self, coin: &mut Coin) -> Self {
        let report_refresh_date = coin.pick(&self.report_refresh_date, fresh.report_refresh_date);
        let old_counts = office_counts(self);
        let mut counts = office_counts(&fresh);
        for (count, old) in counts.iter_mut().zip(old_counts) {
            *count = coin.pick(&old, *count);
        }
        let report_period = coin.pick(&self.report_period, fresh.report_period);
        office_from_parts(self.id.clone(), report_refresh_date, counts, report_period)
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

impl FixedFields for Office365ServicesUserCounts {
    fn with_fixed_fields_of(self, base: &Self) -> Self {
        Self {
            id: base.id.clone(),
            ..self
        }
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

    fn updated(&self, fresh: Self, coin: &mut Coin) -> Self {
        Sprocket {
            id: self.id.clone(),
            revision: self.revision,
            display_name: coin.pick(&self.display_name, fresh.display_name),
            size: coin.pick(&self.size, fresh.size),
            enabled: coin.pick(&self.enabled, fresh.enabled),
            tags: coin.pick(&self.tags, fresh.tags),
            description: coin.pick(&self.description, fresh.description),
            weight: coin.pick(&self.weight, fresh.weight),
            archived: coin.pick(&self.archived, fresh.archived),
            local_note: self.local_note.clone(),
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

impl FixedFields for Sprocket {
    fn with_fixed_fields_of(self, base: &Self) -> Self {
        Sprocket {
            id: base.id.clone(),
            revision: base.revision,
            local_note: base.local_note.clone(),
            ..self
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

    fn updated(&self, fresh: Self, coin: &mut Coin) -> Self {
        Schedule {
            starts_on: coin.pick(&self.starts_on, fresh.starts_on),
            ends_on: coin.pick(&self.ends_on, fresh.ends_on),
            attendees: coin.pick(&self.attendees, fresh.attendees),
            offset_minutes: coin.pick(&self.offset_minutes, fresh.offset_minutes),
            capacity: coin.pick(&self.capacity, fresh.capacity),
            priority: coin.pick(&self.priority, fresh.priority),
        }
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

impl FixedFields for Schedule {
    fn with_fixed_fields_of(self, _base: &Self) -> Self {
        self // no key, read-only or skipped field
    }
}
