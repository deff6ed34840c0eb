//! User (open) with a schema extension.

use super::*;

#[test]
fn user_schema_extension_reads_and_writes_back_with_nothing_lost() {
    let (user, written) = read_and_write_back::<User>(USER_GET_EXTENSION);
    assert_eq!(user.id, None);
    assert_eq!(
        user.additional_data.get("ext55gb1l09_msLearnCourses"),
        Some(&json!({
            "@odata.type": "#microsoft.graph.ComplexExtensionValue",
            "courseType": "Developer",
            "courseName": "Introduction to Microsoft Graph",
            "courseId": 1
        }))
    );
    assert_eq!(written["id"], Value::Null);
}

#[test]
fn user_schema_extension_update_request_merges_into_the_extension() {
    let patch: UserPatch =
        assert_patch_request_round_trips(USER_UPDATE_EXTENSION_REQUEST, "microsoft.graph.user");
    assert_eq!(patch.changed_properties().count(), 0);
    let before: User = serde_json::from_str(USER_GET_EXTENSION).expect("reads");
    let after = apply_and_check(&before, &patch);
    assert_eq!(
        after.additional_data.get("ext55gb1l09_msLearnCourses"),
        Some(&json!({
            "@odata.type": "#microsoft.graph.ComplexExtensionValue",
            "courseType": "Admin",
            "courseName": "Introduction to Microsoft Graph",
            "courseId": 1
        }))
    );
}
