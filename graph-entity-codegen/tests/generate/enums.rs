//! Enum types (members as variants, the default, `other`, renames) and flags types (flag sets;
//! collections of enums as `Vec`s).

use super::*;

#[test]
fn enum_members_become_variants_with_default_other_and_renames_where_needed() {
    let files = fixture("enums.xml", None);
    // The whole file: `tests/generated/enums/importance.rs`, which `compiles.rs` builds.
    assert_eq!(files["importance.rs"], golden("enums", "importance.rs"));
    // The whole file: `tests/generated/enums/odd_members.rs`, which `compiles.rs` builds.
    assert_eq!(files["odd_members.rs"], golden("enums", "odd_members.rs"));
}

#[test]
fn flags_enum_properties_are_flag_sets_and_enum_collections_are_vecs() {
    let files = fixture("enums.xml", None);
    assert!(files["notification_channels.rs"].contains(
        "/// OData enum type `microsoft.graph.notificationChannels`. Flags: a property of this type holds a\n\
         /// set of members, `graph_entity::Flags<NotificationChannels>`.\n"
    ));
    // The whole file: `tests/generated/enums/alert_settings.rs`, which `compiles.rs` builds.
    assert_eq!(
        files["alert_settings.rs"],
        golden("enums", "alert_settings.rs")
    );
}
