// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A single Kubernetes resource of a monitored cluster. Never embeds events (see observability.list_events).
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct KubernetesResourceEnvelope {
    /// `clusterId`
    #[serde(rename = "clusterId")]
    pub cluster_id: String,
    /// `workspaceId`
    #[serde(rename = "workspaceId")]
    pub workspace_id: String,
    /// Raw Kubernetes manifest, managedFields removed.
    #[serde(rename = "resource")]
    pub resource: serde_json::Value,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(KubernetesResourceEnvelope {
    cluster_id: "clusterId" req,
    workspace_id: "workspaceId" req,
    resource: "resource" req,
});

impl std::fmt::Debug for KubernetesResourceEnvelope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("KubernetesResourceEnvelope");
        d.field("cluster_id", &self.cluster_id);
        d.field("workspace_id", &self.workspace_id);
        d.field("resource", &self.resource);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl KubernetesResourceEnvelope {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(cluster_id: impl Into<String>, workspace_id: impl Into<String>, resource: serde_json::Value) -> Self {
        KubernetesResourceEnvelope {
            cluster_id: cluster_id.into(),
            workspace_id: workspace_id.into(),
            resource,
            extra: serde_json::Map::new(),
        }
    }
}
