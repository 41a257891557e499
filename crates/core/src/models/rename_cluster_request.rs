// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Rename a cluster.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RenameClusterRequest {
    /// `clusterName`
    #[serde(rename = "clusterName")]
    pub cluster_name: String,
}

impl std::fmt::Debug for RenameClusterRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("RenameClusterRequest");
        d.field("cluster_name", &self.cluster_name);
        d.finish()
    }
}

impl RenameClusterRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(cluster_name: impl Into<String>) -> Self {
        RenameClusterRequest {
            cluster_name: cluster_name.into(),
        }
    }
}
