//! A type that contains itself (Graph v1.0 has twenty, e.g. `publicError.details` and
//! `.innerError`) reads and writes through `#[graph(nested)]`, at any depth.

use graph_entity::{AdditionalData, Entity, GraphEntity};

/// `microsoft.graph.publicError`, cut down: it holds itself by value and in a collection.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.publicError")]
pub struct PublicError {
    pub code: Option<String>,
    pub message: Option<String>,
    #[graph(nested)]
    pub inner_error: Option<Box<PublicError>>,
    #[graph(nested)]
    pub details: Option<Vec<PublicError>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[test]
fn a_type_that_contains_itself_reads_and_writes_at_depth() {
    let json = r#"{"code":"a","innerError":{"code":"b","innerError":{"code":"c","details":[{"code":"d","innerError":{"message":"deep"}}]}},"details":[{"code":"e"}]}"#;
    let error: PublicError = serde_json::from_str(json).expect("reads");
    let deep = error
        .inner_error
        .as_ref()
        .and_then(|e| e.inner_error.as_ref());
    assert_eq!(deep.and_then(|e| e.code.as_deref()), Some("c"));
    let written = serde_json::to_value(&error).expect("writes");
    let again: PublicError = serde_json::from_value(written).expect("reads back");
    assert_eq!(again, error);
    let mut changed = error.clone();
    changed.inner_error.as_mut().expect("set").message = Some("changed".into());
    let patch = error.diff(&changed);
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.publicError","innerError":{"message":"changed"}}"##
    );
}

#[test]
fn errors_at_depth_name_every_property_on_the_way() {
    let err = serde_json::from_str::<PublicError>(r#"{"innerError": 5}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for property `innerError` of microsoft.graph.publicError: expected a \
         microsoft.graph.publicError (a JSON object), found 5 at line 1 column 16"
    );
    let err = serde_json::from_str::<PublicError>(r#"{"details": [{"code": 7}]}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid value for property `details` of microsoft.graph.publicError: invalid value for \
         property `code` of microsoft.graph.publicError: expected a string, found 7 at line 1 \
         column 23"
    );
}

/// `microsoft.graph.security.kubernetesClusterEvidence`, cut down: a derived type that holds a
/// value of its base's polymorphic enum (`cloudResource: alertEvidence`), so it is boxed.
#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.security.alertEvidence")]
pub struct AlertEvidence {
    pub verdict: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, GraphEntity)]
#[graph(odata_type = "microsoft.graph.security.kubernetesClusterEvidence")]
pub struct ClusterEvidence {
    pub verdict: Option<String>,
    pub name: Option<String>,
    #[graph(nested)]
    pub cloud_resource: Option<Box<AnyAlertEvidence>>,
}

#[derive(Debug, Clone, PartialEq, GraphEntity)]
#[graph(odata_type = "microsoft.graph.security.alertEvidence")]
pub enum AnyAlertEvidence {
    Cluster(ClusterEvidence),
    #[graph(other)]
    AlertEvidence(AlertEvidence),
}

#[test]
fn a_boxed_polymorphic_value_is_created_and_cleared_by_a_patch() {
    let json = r##"{"name":"aks","cloudResource":{"@odata.type":"#microsoft.graph.security.kubernetesClusterEvidence","name":"inner"}}"##;
    let cluster: ClusterEvidence = serde_json::from_str(json).expect("reads");
    let Some(AnyAlertEvidence::Cluster(inner)) = cluster.cloud_resource.as_deref() else {
        panic!("the inner value is a cluster: {cluster:?}");
    };
    assert_eq!(inner.name.as_deref(), Some("inner"));

    // Where there was none, the patch is the new value (no `Default` for the enum).
    let empty = ClusterEvidence::default();
    let patch = empty.diff(&cluster);
    let mut rebuilt = ClusterEvidence::default();
    rebuilt.apply(patch);
    assert_eq!(rebuilt, cluster);

    let mut cleared = cluster.clone();
    cleared.cloud_resource = None;
    let patch = cluster.diff(&cleared);
    assert_eq!(
        serde_json::to_string(&patch).expect("writes"),
        r##"{"@odata.type":"#microsoft.graph.security.kubernetesClusterEvidence","cloudResource":null}"##
    );
}
