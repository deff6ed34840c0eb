//! Identities and the directory: `identity`, `identitySet` (open types) and `user` (open: schema
//! extensions are dynamic properties).

use super::*;

// ---------------------------------------------------------------------------------------------
// Identities
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.identity", open_type)]
pub struct Identity {
    pub display_name: Option<String>,
    pub id: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.identitySet", open_type)]
pub struct IdentitySet {
    #[graph(nested)]
    pub application: Option<Identity>,
    #[graph(nested)]
    pub device: Option<Identity>,
    #[graph(nested)]
    pub user: Option<Identity>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// Directory
// ---------------------------------------------------------------------------------------------

/// `microsoft.graph.user` (open type: schema extensions such as `ext55gb1l09_msLearnCourses`
/// are dynamic properties). The key is an `Option`: a `$select` response may leave it out.
#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.user", open_type)]
pub struct User {
    #[graph(key)]
    pub id: Option<String>,
    #[graph(read_only)]
    pub deleted_date_time: Option<DateTimeOffset>,
    pub account_enabled: Option<bool>,
    pub business_phones: Option<Vec<String>>,
    #[graph(read_only)]
    pub created_date_time: Option<DateTimeOffset>,
    pub display_name: Option<String>,
    pub given_name: Option<String>,
    pub job_title: Option<String>,
    pub mail: Option<String>,
    pub mobile_phone: Option<String>,
    pub office_location: Option<String>,
    pub preferred_language: Option<String>,
    pub surname: Option<String>,
    pub user_principal_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
