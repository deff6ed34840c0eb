//! What crosses areas: types go with the areas whose calls return them; navigation into another
//! area is gated and makes no feature dependency; an orphan holding a type one area claims goes
//! with that area; `Any*` variants of another area are gated.

use super::*;

/// Mail and calendar navigate to attachments; files to thumbnails and, through an action bound
/// to its items, to upload sessions, which attachments lead to too; sites to its items' fields.
const CALLS: &str = r#"<EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="message" BaseType="graph.entity">
  <NavigationProperty Name="attachments" Type="Collection(graph.attachment)" ContainsTarget="true" />
</EntityType>
<EntityType Name="event" BaseType="graph.entity">
  <NavigationProperty Name="attachments" Type="Collection(graph.attachment)" ContainsTarget="true" />
  <NavigationProperty Name="calendar" Type="graph.calendar" />
</EntityType>
<EntityType Name="calendar" BaseType="graph.entity" />
<EntityType Name="attachment" BaseType="graph.entity" />
<EntityType Name="fileAttachment" BaseType="graph.attachment" />
<EntityType Name="driveItem" BaseType="graph.entity">
  <NavigationProperty Name="thumbnails" Type="Collection(graph.thumbnailSet)" ContainsTarget="true" />
  <NavigationProperty Name="listItem" Type="graph.listItem" />
</EntityType>
<EntityType Name="thumbnailSet" BaseType="graph.entity" />
<EntityType Name="listItem" BaseType="graph.entity">
  <NavigationProperty Name="fields" Type="graph.fieldValueSet" ContainsTarget="true" />
</EntityType>
<EntityType Name="fieldValueSet" BaseType="graph.entity" OpenType="true" />
<ComplexType Name="uploadSession"><Property Name="uploadUrl" Type="Edm.String" /></ComplexType>
<Action Name="createUploadSession" IsBound="true">
  <Parameter Name="bindingParameter" Type="graph.driveItem" />
  <ReturnType Type="graph.uploadSession" />
</Action>
<Action Name="createUploadSession" IsBound="true">
  <Parameter Name="bindingParameter" Type="Collection(graph.attachment)" />
  <ReturnType Type="graph.uploadSession" />
</Action>
<EntityType Name="unrelated" BaseType="graph.entity" />"#;

const CALL_AREAS: &str = "mail: microsoft.graph.message\ncalendar: microsoft.graph.event \
                          microsoft.graph.calendar\nfiles: microsoft.graph.driveItem\n\
                          sites: microsoft.graph.listItem\n";

#[test]
fn types_go_with_the_areas_whose_calls_return_them() {
    let features = features(&schema(CALLS), CALL_AREAS);
    let expected = [
        // Two areas navigate to attachments; the variants of `AnyAttachment` come along.
        ("attachment", "common"),
        ("calendar", "calendar"),
        ("driveItem", "files"),
        ("entity", "common"),
        ("event", "calendar"),
        ("fieldValueSet", "sites"),
        ("fileAttachment", "common"),
        // Claimed by `sites`: `driveItem`'s navigation does not pull it into `files`.
        ("listItem", "sites"),
        ("message", "mail"),
        ("thumbnailSet", "files"),
        ("unrelated", "other"),
        // Returned by an action bound to `driveItem` and by one bound to attachments.
        ("uploadSession", "common"),
    ];
    let expected: BTreeMap<String, String> = expected
        .iter()
        .map(|(t, f)| ((*t).to_owned(), (*f).to_owned()))
        .collect();
    assert_eq!(features, expected);
}

#[test]
fn navigation_into_another_area_is_gated_and_makes_no_feature_dependency() {
    let files = generate(&schema(CALLS), "doc.xml", &options(CALL_AREAS)).expect("generates");
    let drive_item = file(&files, "drive_item.rs");
    // The target is in `sites`: gated. The bind needs no target type: never gated.
    assert!(
        drive_item.contains(
            "    #[cfg(feature = \"sites\")]\n    #[graph(navigation)]\n    pub list_item: \
             Option<Box<super::ListItem>>,\n"
        ),
        "{drive_item}"
    );
    assert!(
        drive_item.contains(
            "    #[graph(bind = \"listItem\")]\n    pub list_item_bind: Option<String>,\n"
        ),
        "{drive_item}"
    );
    // Same feature, or `common`: not gated.
    assert!(drive_item.contains(
        "    #[graph(navigation)]\n    pub thumbnails: Option<Vec<super::ThumbnailSet>>,\n"
    ));
    assert!(file(&files, "message.rs").contains(
        "    #[graph(navigation)]\n    pub attachments: Option<Vec<super::AnyAttachment>>,\n"
    ));
    assert!(file(&files, "features.toml").contains(
        "\ncommon = []\nmail = [\"common\"]\ncalendar = [\"common\"]\nfiles = [\"common\"]\n\
         sites = [\"common\"]\nother = [\"common\"]\n"
    ));
    // Without areas, nothing is gated.
    let plain = generate(&schema(CALLS), "doc.xml", &Options::default()).expect("generates");
    assert!(plain.iter().all(|f| !f.contents.contains("cfg(feature")));
}

/// `directoryObject` is declared by navigation properties, so it has `AnyDirectoryObject`: each
/// area that holds it reaches all its variants.
const DIRECTORY: &str = r#"<EntityType Name="entity" Abstract="true"><Key><PropertyRef Name="id" /></Key>
  <Property Name="id" Type="Edm.String" Nullable="false" />
</EntityType>
<EntityType Name="directoryObject" BaseType="graph.entity" />
<EntityType Name="user" BaseType="graph.directoryObject">
  <NavigationProperty Name="memberOf" Type="Collection(graph.directoryObject)" />
</EntityType>
<EntityType Name="agentUser" BaseType="graph.user" />
<EntityType Name="group" BaseType="graph.directoryObject">
  <NavigationProperty Name="members" Type="Collection(graph.directoryObject)" />
</EntityType>
<EntityType Name="device" BaseType="graph.directoryObject" />
<EntityType Name="domain" BaseType="graph.entity">
  <NavigationProperty Name="domainNameReferences" Type="Collection(graph.directoryObject)" />
</EntityType>"#;

const DIRECTORY_AREAS: &str = "directory: microsoft.graph.domain\nusers: microsoft.graph.user\n\
                               groups: microsoft.graph.group\n";

#[test]
fn an_orphan_holding_a_type_one_area_claims_goes_with_that_area_only() {
    let features = features(&schema(DIRECTORY), DIRECTORY_AREAS);
    // `agentUser` holds `user` (its base), which `users` alone claims: only `users` pulls it in.
    assert_eq!(features["agentUser"], "users");
    assert_eq!(features["user"], "users");
    assert_eq!(features["group"], "groups");
    assert_eq!(features["domain"], "directory");
    // Every area reaches `device` through `AnyDirectoryObject`.
    assert_eq!(features["device"], "common");
    assert_eq!(features["directoryObject"], "common");
}

#[test]
fn any_variants_of_another_area_are_gated_the_others_not() {
    let files =
        generate(&schema(DIRECTORY), "doc.xml", &options(DIRECTORY_AREAS)).expect("generates");
    let any = file(&files, "directory_object.rs");
    let any = &any[any.find("pub enum AnyDirectoryObject").expect("the enum")..];
    assert_eq!(
        any,
        "pub enum AnyDirectoryObject {
    /// `microsoft.graph.agentUser`.
    #[cfg(feature = \"users\")]
    AgentUser(super::AgentUser),
    /// `microsoft.graph.device`.
    Device(super::Device),
    /// `microsoft.graph.group`.
    #[cfg(feature = \"groups\")]
    Group(super::Group),
    /// `microsoft.graph.user`.
    #[cfg(feature = \"users\")]
    User(super::User),
    /// `microsoft.graph.directoryObject` itself, or a derived type this build does not know.
    #[graph(other)]
    DirectoryObject(DirectoryObject),
}
"
    );
    // No value is declared as `user`: no `AnyUser`, `agentUser` is a variant of the base only.
    assert!(!file(&files, "user.rs").contains("pub enum AnyUser"));
    assert!(file(&files, "features.toml").contains(
        "\ncommon = []\ndirectory = [\"common\"]\nusers = [\"common\"]\ngroups = [\"common\"]\n"
    ));
}
