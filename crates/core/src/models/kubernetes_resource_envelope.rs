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

impl KubernetesResourceEnvelope {
    /// A builder that names each field (beside [`KubernetesResourceEnvelope::new`], which takes them in order).
    pub fn builder() -> KubernetesResourceEnvelopeBuilder {
        KubernetesResourceEnvelopeBuilder::default()
    }
}

/// Builds a [`KubernetesResourceEnvelope`] field by field; see [`KubernetesResourceEnvelope::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct KubernetesResourceEnvelopeBuilder {
    cluster_id: Option<String>,
    workspace_id: Option<String>,
    resource: Option<serde_json::Value>,
}

impl std::fmt::Debug for KubernetesResourceEnvelopeBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("KubernetesResourceEnvelopeBuilder");
        d.field("cluster_id", &self.cluster_id.is_some());
        d.field("workspace_id", &self.workspace_id.is_some());
        d.field("resource", &self.resource.is_some());
        d.finish()
    }
}

impl KubernetesResourceEnvelopeBuilder {
    /// Sets `clusterId` (required).
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }

    /// Sets `workspaceId` (required).
    pub fn workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `resource` (required).
    pub fn resource(mut self, value: serde_json::Value) -> Self {
        self.resource = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<KubernetesResourceEnvelope> {
        let mut missing: Vec<&str> = Vec::new();
        if self.cluster_id.is_none() {
            missing.push("clusterId");
        }
        if self.workspace_id.is_none() {
            missing.push("workspaceId");
        }
        if self.resource.is_none() {
            missing.push("resource");
        }
        let (Some(cluster_id), Some(workspace_id), Some(resource)) = (self.cluster_id, self.workspace_id, self.resource) else {
            return Err(crate::Error::invalid_input(format!("KubernetesResourceEnvelope: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(KubernetesResourceEnvelope {
            cluster_id,
            workspace_id,
            resource,
            extra: serde_json::Map::new(),
        })
    }
}
