// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::Serialize;

#[allow(unused_imports)]
use super::*;

/// A cluster as returned by create and single GET, including the agent access token.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Cluster {
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
    /// Agent access token (helm value auth.accessToken).
    #[serde(rename = "accessToken", default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// Fields this version of the SDK does not know, kept as the server sent them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

crate::open_model::deserialize_open_model!(Cluster {
    cluster_id: "clusterId" opt,
    workspace_id: "workspaceId" opt,
    cluster_name: "clusterName" opt,
    cluster_type: "clusterType" opt,
    server_info: "serverInfo" opt,
    access_token: "accessToken" opt,
});

impl std::fmt::Debug for Cluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Cluster");
        d.field("cluster_id", &self.cluster_id);
        d.field("workspace_id", &self.workspace_id);
        d.field("cluster_name", &self.cluster_name);
        d.field("cluster_type", &self.cluster_type);
        d.field("server_info", &self.server_info);
        d.field("access_token", &self.access_token.as_ref().map(|_| crate::REDACTED));
        d.field("extra", &crate::secret::RedactedExtra(&self.extra));
        d.finish()
    }
}

impl Cluster {
    /// A value with the required fields set and the optional ones empty.
    pub fn new() -> Self {
        Cluster {
            cluster_id: None,
            workspace_id: None,
            cluster_name: None,
            cluster_type: None,
            server_info: None,
            access_token: None,
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

    /// Sets `accessToken`.
    pub fn with_access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }
}

impl Default for Cluster {
    fn default() -> Self {
        Self::new()
    }
}
