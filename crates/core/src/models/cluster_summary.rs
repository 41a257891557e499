// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// Cluster list item; never contains the access token.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClusterSummary {
    /// `clusterId`
    #[serde(rename = "clusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// `workspaceId`
    #[serde(rename = "workspaceId", default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    /// `clusterName`
    #[serde(rename = "clusterName", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// `clusterType`
    #[serde(rename = "clusterType", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<ClusterType>,
    /// Reported by the agent (content undocumented).
    #[serde(rename = "serverInfo", default, skip_serializing_if = "Option::is_none")]
    pub server_info: Option<serde_json::Value>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(ClusterSummary {
    cluster_id: "clusterId" opt,
    workspace_id: "workspaceId" opt,
    cluster_name: "clusterName" opt,
    cluster_type: "clusterType" opt,
    server_info: "serverInfo" opt,
});

impl std::fmt::Debug for ClusterSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("ClusterSummary");
        d.field("cluster_id", &self.cluster_id);
        d.field("workspace_id", &self.workspace_id);
        d.field("cluster_name", &self.cluster_name);
        d.field("cluster_type", &self.cluster_type);
        d.field("server_info", &self.server_info);
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl ClusterSummary {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        ClusterSummary {
            cluster_id: None,
            workspace_id: None,
            cluster_name: None,
            cluster_type: None,
            server_info: None,
            extra: serde_json::Map::new(),
        }
    }

    /// Sets `clusterId`.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }

    /// Sets `workspaceId`.
    pub fn with_workspace_id(mut self, value: impl Into<String>) -> Self {
        self.workspace_id = Some(value.into());
        self
    }

    /// Sets `clusterName`.
    pub fn with_cluster_name(mut self, value: impl Into<String>) -> Self {
        self.cluster_name = Some(value.into());
        self
    }

    /// Sets `clusterType`.
    pub fn with_cluster_type(mut self, value: ClusterType) -> Self {
        self.cluster_type = Some(value);
        self
    }

    /// Sets `serverInfo`.
    pub fn with_server_info(mut self, value: serde_json::Value) -> Self {
        self.server_info = Some(value);
        self
    }
}

impl Default for ClusterSummary {
    fn default() -> Self {
        Self::new()
    }
}
