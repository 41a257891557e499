// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Rename a cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RenameClusterRequest {
    /// `clusterName`
    #[serde(rename = "clusterName")]
    pub cluster_name: String,
}

impl RenameClusterRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(cluster_name: impl Into<String>) -> Self {
        RenameClusterRequest {
            cluster_name: cluster_name.into(),
        }
    }
}
