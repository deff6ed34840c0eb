//! `apply` takes nested patches apart where they lie and forgets the emptied shells
//! (BENCHMARKS.md, "The two missed `apply` targets"): whatever a patch held must still be freed
//! exactly once. A counting allocator checks that applying patches of every shape (values,
//! nested single and nullable values at two levels, `null`s, a patch onto `None`, dynamic
//! properties of an open nested value) and dropping everything leaves no byte allocated.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use graph_entity::{AdditionalData, Entity};
use serde_json::json;

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn record(delta: isize) {
    // `try_with`: the thread's own teardown may allocate after its locals are gone.
    let _ = LIVE.try_with(|live| live.set(live.get() + delta));
}

fn size(layout: Layout) -> isize {
    isize::try_from(layout.size()).unwrap_or(isize::MAX)
}

// SAFETY: every call is forwarded to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as the caller promised.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            record(size(layout));
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as the caller promised.
        unsafe { System.dealloc(ptr, layout) };
        record(-size(layout));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as the caller promised.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            record(isize::try_from(new_size).unwrap_or(isize::MAX) - size(layout));
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> isize {
    LIVE.with(Cell::get)
}

/// A complex value inside a complex value (both applied in place).
#[derive(Debug, Clone, PartialEq, Default, graph_entity::GraphEntity)]
#[graph(odata_type = "test.coordinates")]
pub struct Coordinates {
    pub label: Option<String>,
    pub tags: Vec<String>,
}

/// An open complex value: its dynamic properties are taken out of the patch too.
#[derive(Debug, Clone, PartialEq, Default, graph_entity::GraphEntity)]
#[graph(odata_type = "test.place", open_type)]
pub struct Place {
    pub display_name: Option<String>,
    #[graph(nested)]
    pub coordinates: Coordinates,
    #[graph(nested)]
    pub backup: Option<Coordinates>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// An entity (moves values out of its owned patch) holding both kinds of nested value.
#[derive(Debug, Clone, PartialEq, Default, graph_entity::GraphEntity)]
#[graph(odata_type = "test.meeting")]
pub struct Meeting {
    #[graph(key)]
    pub id: String,
    pub subject: Option<String>,
    #[graph(nested)]
    pub place: Place,
    #[graph(nested)]
    pub other_place: Option<Place>,
}

fn patches() -> Vec<MeetingPatch> {
    [
        json!({"subject": "s1", "place": {"displayName": "room", "coordinates": {"label": "a"}}}),
        json!({"place": {"coordinates": {"tags": ["x", "y"]}, "backup": {"label": "b"}, "extra": {"k": [1, "two"]}}}),
        json!({"otherPlace": {"displayName": "onto none", "backup": {"tags": ["t"]}}}),
        json!({"otherPlace": {"coordinates": {"label": "c"}, "backup": null}}),
        json!({"place": {"backup": null, "extra": null}, "otherPlace": null}),
        json!({"otherPlace": {"extra": "kept", "coordinates": {"label": "d"}}, "subject": null}),
    ]
    .into_iter()
    .map(|body| serde_json::from_value(body).expect("a patch"))
    .collect()
}

#[test]
fn applied_patches_leave_nothing_allocated() {
    // The first round allocates what the test harness and the libraries keep for good.
    let round = || {
        let mut meeting = Meeting {
            id: "1".to_owned(),
            ..Meeting::default()
        };
        for _ in 0..50 {
            for patch in patches() {
                meeting.apply(patch);
            }
        }
        assert_eq!(meeting.place.display_name.as_deref(), Some("room"));
        assert_eq!(
            meeting
                .other_place
                .as_ref()
                .map(|p| p.coordinates.label.as_deref()),
            Some(Some("d"))
        );
        drop(meeting);
    };
    round();
    let before = live();
    round();
    assert_eq!(
        live() - before,
        0,
        "bytes left allocated by a round of applies"
    );
}
