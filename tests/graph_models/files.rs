//! Files: `driveItem` (open type) and its facets (`file`, `folder`, `root`, `hashes`,
//! `itemReference`).

use super::*;

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.hashes")]
pub struct Hashes {
    pub crc32_hash: Option<String>,
    pub quick_xor_hash: Option<String>,
    pub sha1_hash: Option<String>,
    pub sha256_hash: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.file")]
pub struct File {
    pub mime_type: Option<String>,
    #[graph(nested, read_only)]
    pub hashes: Option<Hashes>,
    pub processing_metadata: Option<bool>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.folder")]
pub struct Folder {
    /// Counted by the service.
    #[graph(read_only)]
    pub child_count: Option<i32>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A facet without properties: its presence (`"root": {}`) is the information.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.root")]
pub struct Root {
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.itemReference")]
pub struct ItemReference {
    pub drive_id: Option<String>,
    pub drive_type: Option<String>,
    pub id: Option<String>,
    pub name: Option<String>,
    pub path: Option<String>,
    pub share_id: Option<String>,
    pub site_id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// `microsoft.graph.driveItem` (open type), with the properties of `baseItem`. Its `eTag` is a
/// property of the type, not the `@odata.etag` annotation.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.driveItem", open_type)]
pub struct DriveItem {
    #[graph(key)]
    pub id: String,
    #[graph(nested, read_only)]
    pub created_by: Option<IdentitySet>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    #[graph(rename = "cTag", read_only)]
    pub c_tag: Option<String>,
    #[graph(rename = "eTag", read_only)]
    pub e_tag: Option<String>,
    pub description: Option<String>,
    #[graph(nested)]
    pub file: Option<File>,
    #[graph(nested)]
    pub folder: Option<Folder>,
    #[graph(nested, read_only)]
    pub last_modified_by: Option<IdentitySet>,
    #[graph(read_only)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    pub name: Option<String>,
    #[graph(nested)]
    pub parent_reference: Option<ItemReference>,
    #[graph(nested, read_only)]
    pub root: Option<Root>,
    #[graph(read_only)]
    pub size: Option<i64>,
    #[graph(read_only)]
    pub web_url: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
