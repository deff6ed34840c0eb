//! `driveItem` (open), its facets and its instance annotations.

use super::*;

#[test]
fn driveitem_response_reads_and_writes_back_with_nothing_lost() {
    let (item, written) = read_and_write_back::<DriveItem>(DRIVEITEM_GET);
    assert_eq!(item.size, Some(157_286_400));
    assert_eq!(
        item.folder.as_ref().and_then(|folder| folder.child_count),
        Some(120)
    );
    assert!(item.root.is_some());
    assert_eq!(written["root"], json!({}));
    assert_eq!(
        item.created_by
            .as_ref()
            .and_then(|by| by.user.as_ref())
            .and_then(|user| user.display_name.as_deref()),
        Some("Ryan Gregg")
    );
}

#[test]
fn driveitem_instance_annotations_are_kept_and_written_back() {
    let (item, written) = read_and_write_back::<DriveItem>(DRIVEITEM_FILE);
    let url = item
        .additional_data
        .get("@microsoft.graph.downloadUrl")
        .and_then(Value::as_str)
        .expect("the download URL is kept");
    assert!(url.starts_with("https://contoso-my.sharepoint.com/"));
    assert_eq!(written["@microsoft.graph.downloadUrl"], json!(url));
    assert_eq!(
        item.file
            .as_ref()
            .and_then(|file| file.hashes.as_ref())
            .and_then(|hashes| hashes.quick_xor_hash.as_deref()),
        Some("dF5Ksms6KnIbt5cCsgFsDv9t2zE=")
    );
}

#[test]
fn driveitem_rename_and_move_patch_a_facet_that_was_absent() {
    let before: DriveItem = serde_json::from_str(DRIVEITEM_GET).expect("reads");
    assert_eq!(before.parent_reference, None);
    let patch = DriveItemPatch {
        name: Some(Some("Archive".to_owned())),
        parent_reference: Some(Some(ItemReferencePatch {
            id: Some(Some("01NKDM7HMOJTVYMDOSXFDK2QJDXCDI3WUK".to_owned())),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.driveItem","name":"Archive","parentReference":{"id":"01NKDM7HMOJTVYMDOSXFDK2QJDXCDI3WUK"}}"##
    );
    let after = apply_and_check(&before, &patch);
    assert_eq!(
        after
            .parent_reference
            .and_then(|parent| parent.id)
            .as_deref(),
        Some("01NKDM7HMOJTVYMDOSXFDK2QJDXCDI3WUK")
    );
}

#[test]
fn nested_patch_naming_a_read_only_sub_property_is_refused() {
    assert_eq!(
        error_of::<DriveItemPatch>(r#"{"folder": {"childCount": 3}}"#),
        "invalid value for property `folder` of microsoft.graph.driveItem: \
         property `childCount` of microsoft.graph.folder is read-only and cannot be patched \
         at line 1 column 24"
    );
}
