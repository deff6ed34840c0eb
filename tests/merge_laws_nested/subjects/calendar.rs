//! [`Calendar`]: an open entity type whose nested values are closed.
//!
//! ```text
//! Calendar (entity, open_type: key, read-only, etag, dynamic properties)
//! ├── owner: Owner (non-nullable; closed, with a read-only property and additional_data)
//! │   └── reminder: Option<Reminder>
//! ├── settings: Option<Settings>
//! │   ├── reminder: Option<Reminder>
//! │   └── fallback: Box<Reminder>
//! ├── slots: Vec<Slot>, history: Option<Vec<Slot>> (replaced whole)
//! └── importance, availability (enum with `other`), channels (flags)
//! ```

use super::*;

/// A closed complex type in a non-nullable position: what a patch cannot change (the read-only
/// `objectId`, the undeclared members) survives every patch.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.owner")]
pub(crate) struct Owner {
    #[graph(read_only)]
    pub(crate) object_id: Option<String>,
    pub(crate) name: String,
    pub(crate) email: Option<String>,
    #[graph(nested)]
    pub(crate) reminder: Option<Reminder>,
    #[graph(additional_data)]
    pub(crate) additional_data: AdditionalData,
}

/// The middle level: nullable and non-nullable properties, a nullable nested `Reminder` and a
/// boxed non-nullable one.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.settings")]
pub(crate) struct Settings {
    pub(crate) time_zone: String,
    pub(crate) work_days: Vec<String>,
    pub(crate) max_slots: Option<i64>,
    pub(crate) note: Option<String>,
    #[graph(nested)]
    pub(crate) reminder: Option<Reminder>,
    #[graph(nested)]
    pub(crate) fallback: Box<Reminder>,
}

/// The top level: an open entity type.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "graphEntity.mergeLaws.calendar", open_type)]
pub(crate) struct Calendar {
    #[graph(key)]
    pub(crate) id: String,
    #[graph(etag)]
    pub(crate) etag: Option<String>,
    #[graph(read_only)]
    pub(crate) created: Option<DateTimeOffset>,
    pub(crate) name: String,
    pub(crate) importance: Option<Importance>,
    pub(crate) availability: Availability,
    pub(crate) channels: Flags<Channel>,
    #[graph(nested)]
    pub(crate) owner: Owner,
    #[graph(nested)]
    pub(crate) settings: Option<Settings>,
    #[graph(nested)]
    pub(crate) slots: Vec<Slot>,
    #[graph(nested)]
    pub(crate) history: Option<Vec<Slot>>,
    #[graph(additional_data)]
    pub(crate) additional_data: AdditionalData,
}

pub(crate) fn owner() -> BoxedStrategy<Owner> {
    (
        prop::option::of(text()),
        text(),
        prop::option::of(text()),
        prop::option::of(reminder()),
        dynamic_entity(),
    )
        .prop_map(
            |(object_id, name, email, reminder, additional_data)| Owner {
                object_id,
                name,
                email,
                reminder,
                additional_data,
            },
        )
        .boxed()
}

pub(crate) fn owner_patch() -> BoxedStrategy<OwnerPatch> {
    let full = (
        change(text()),
        nullable_change(text()),
        nullable_change(reminder_patch()),
    )
        .prop_map(|(name, email, reminder)| OwnerPatch {
            name,
            email,
            reminder,
        });
    prop_oneof![1 => Just(OwnerPatch::default()), 4 => full].boxed()
}

pub(crate) fn settings() -> BoxedStrategy<Settings> {
    (
        text(),
        tags(),
        prop::option::of(int64()),
        prop::option::of(text()),
        prop::option::of(reminder()),
        reminder(),
    )
        .prop_map(
            |(time_zone, work_days, max_slots, note, reminder, fallback)| Settings {
                time_zone,
                work_days,
                max_slots,
                note,
                reminder,
                fallback: Box::new(fallback),
            },
        )
        .boxed()
}

pub(crate) fn settings_patch() -> BoxedStrategy<SettingsPatch> {
    let full = (
        change(text()),
        change(tags()),
        nullable_change(int64()),
        nullable_change(text()),
        nullable_change(reminder_patch()),
        change(reminder_patch().prop_map(Box::new)),
    )
        .prop_map(
            |(time_zone, work_days, max_slots, note, reminder, fallback)| SettingsPatch {
                time_zone,
                work_days,
                max_slots,
                note,
                reminder,
                fallback,
            },
        );
    prop_oneof![1 => Just(SettingsPatch::default()), 4 => full].boxed()
}

fn evolve_owner(old: &Owner, fresh: Owner, coin: &mut Coin) -> Owner {
    Owner {
        object_id: old.object_id.clone(),
        name: coin.pick(&old.name, fresh.name),
        email: coin.pick(&old.email, fresh.email),
        reminder: evolve_option(old.reminder.as_ref(), fresh.reminder, coin, evolve_reminder),
        additional_data: old.additional_data.clone(),
    }
}

fn evolve_settings(old: &Settings, fresh: Settings, coin: &mut Coin) -> Settings {
    Settings {
        time_zone: coin.pick(&old.time_zone, fresh.time_zone),
        work_days: coin.pick(&old.work_days, fresh.work_days),
        max_slots: coin.pick(&old.max_slots, fresh.max_slots),
        note: coin.pick(&old.note, fresh.note),
        reminder: evolve_option(old.reminder.as_ref(), fresh.reminder, coin, evolve_reminder),
        fallback: if coin.keep() {
            Box::new(evolve_reminder(&old.fallback, *fresh.fallback, coin))
        } else {
            old.fallback.clone()
        },
    }
}

/// `reminder` (at `path`) filled from `fresh` if `patch` patches it while it is `None`.
fn fill_reminder(
    reminder: &mut Option<Reminder>,
    patch: Option<&Option<ReminderPatch>>,
    fresh: Option<Reminder>,
) {
    if reminder.is_none() && matches!(patch, Some(Some(_))) {
        *reminder = Some(filled(fresh));
    }
}

impl Subject for Calendar {
    const OPEN: bool = true;

    const PATCHABLE: &'static [&'static str] = &[
        "name",
        "importance",
        "availability",
        "channels",
        "owner",
        "settings",
        "slots",
        "history",
    ];

    fn entity() -> BoxedStrategy<Self> {
        (
            (
                text(),
                prop::option::of(etag()),
                prop::option::of(date_time_offset()),
                text(),
                prop::option::of(importance()),
                availability(),
                channels(),
            ),
            (
                owner(),
                prop::option::of(settings()),
                slots(),
                prop::option::of(slots()),
                dynamic_entity(),
            ),
        )
            .prop_map(
                |(
                    (id, etag, created, name, importance, availability, channels),
                    (owner, settings, slots, history, additional_data),
                )| Calendar {
                    id,
                    etag,
                    created,
                    name,
                    importance,
                    availability,
                    channels,
                    owner,
                    settings,
                    slots,
                    history,
                    additional_data,
                },
            )
            .boxed()
    }

    fn patch() -> BoxedStrategy<CalendarPatch> {
        (
            (
                change(text()),
                nullable_change(importance()),
                change(availability()),
                change(channels()),
                change(owner_patch()),
            ),
            (
                nullable_change(settings_patch()),
                change(slots()),
                nullable_change(slots()),
                dynamic_patch(),
            ),
        )
            .prop_map(
                |(
                    (name, importance, availability, channels, owner),
                    (settings, slots, history, additional_data),
                )| CalendarPatch {
                    name,
                    importance,
                    availability,
                    channels,
                    owner,
                    settings,
                    slots,
                    history,
                    additional_data,
                },
            )
            .boxed()
    }

    fn updated(&self, fresh: Self, coin: &mut Coin) -> Self {
        Calendar {
            id: self.id.clone(),
            etag: self.etag.clone(),
            created: self.created,
            name: coin.pick(&self.name, fresh.name),
            importance: coin.pick(&self.importance, fresh.importance),
            availability: coin.pick(&self.availability, fresh.availability),
            channels: coin.pick(&self.channels, fresh.channels),
            owner: if coin.keep() {
                self.owner.clone()
            } else {
                evolve_owner(&self.owner, fresh.owner, coin)
            },
            settings: evolve_option(
                self.settings.as_ref(),
                fresh.settings,
                coin,
                evolve_settings,
            ),
            slots: coin.pick(&self.slots, fresh.slots),
            history: coin.pick(&self.history, fresh.history),
            additional_data: evolve_dynamic(&self.additional_data, fresh.additional_data, coin),
        }
    }

    fn differing(&self, other: &Self) -> Vec<&'static str> {
        let mut out = Vec::new();
        push_if_ne(&mut out, "name", &self.name, &other.name);
        push_if_ne(&mut out, "importance", &self.importance, &other.importance);
        push_if_ne(
            &mut out,
            "availability",
            &self.availability,
            &other.availability,
        );
        push_if_ne(&mut out, "channels", &self.channels, &other.channels);
        push_if_ne(&mut out, "owner", &self.owner, &other.owner);
        push_if_ne(&mut out, "settings", &self.settings, &other.settings);
        push_if_ne(&mut out, "slots", &self.slots, &other.slots);
        push_if_ne(&mut out, "history", &self.history, &other.history);
        out
    }

    fn dynamic(&self) -> AdditionalData {
        self.additional_data.clone()
    }

    fn merge_is_exact(&self, p: &CalendarPatch, q: &CalendarPatch) -> bool {
        // Every type in a nullable nested position is closed and has nothing a patch cannot
        // change, so "clear, then patch" is exactly the full patch; only the top level's
        // dynamic properties have a documented exception.
        dynamic_merge_is_exact(
            Some(&self.additional_data),
            &p.additional_data,
            &q.additional_data,
        )
    }

    fn merge_is_associative(p: &CalendarPatch, q: &CalendarPatch, r: &CalendarPatch) -> bool {
        dynamic_merge_is_associative(&p.additional_data, &q.additional_data, &r.additional_data)
    }
}

impl NestedSubject for Calendar {
    fn nested_at(path: &[&str]) -> NestedAt {
        match path {
            ["owner"] => NestedAt::Value,
            ["settings"] => NestedAt::WithDefault(nested_json(&Settings::default())),
            ["settings" | "owner", "reminder"] | ["settings", "fallback"] => {
                NestedAt::WithDefault(nested_json(&Reminder::default()))
            }
            _ => NestedAt::Nothing,
        }
    }

    fn nested_patches(patch: &CalendarPatch) -> Vec<(Vec<&'static str>, bool)> {
        let mut out = Vec::new();
        if let Some(owner) = &patch.owner {
            out.push((vec!["owner"], owner.is_empty()));
            let reminder = owner.reminder.as_ref().and_then(Option::as_ref);
            reminder_nested_patches(&mut out, &["owner", "reminder"], reminder);
        }
        if let Some(Some(settings)) = &patch.settings {
            out.push((vec!["settings"], settings.is_empty()));
            let reminder = settings.reminder.as_ref().and_then(Option::as_ref);
            reminder_nested_patches(&mut out, &["settings", "reminder"], reminder);
            let fallback = settings.fallback.as_deref();
            reminder_nested_patches(&mut out, &["settings", "fallback"], fallback);
        }
        out
    }

    fn without_none_under(mut self, patch: &CalendarPatch, fresh: Self) -> Self {
        if let Some(owner) = &patch.owner {
            fill_reminder(
                &mut self.owner.reminder,
                owner.reminder.as_ref(),
                fresh.owner.reminder,
            );
        }
        if let Some(Some(settings_patch)) = &patch.settings {
            let fresh_reminder = fresh.settings.as_ref().and_then(|s| s.reminder.clone());
            let settings = self.settings.get_or_insert_with(|| filled(fresh.settings));
            fill_reminder(
                &mut settings.reminder,
                settings_patch.reminder.as_ref(),
                fresh_reminder,
            );
        }
        self
    }
}
