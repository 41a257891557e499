// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Register a cluster. MANAGED answers 501.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateClusterRequest {
    /// `clusterName`
    #[serde(rename = "clusterName")]
    pub cluster_name: String,
    /// `clusterType`
    #[serde(rename = "clusterType")]
    pub cluster_type: ClusterType,
}

impl std::fmt::Debug for CreateClusterRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateClusterRequest");
        d.field("cluster_name", &self.cluster_name);
        d.field("cluster_type", &self.cluster_type);
        d.finish()
    }
}

impl CreateClusterRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(cluster_name: impl Into<String>, cluster_type: ClusterType) -> Self {
        CreateClusterRequest {
            cluster_name: cluster_name.into(),
            cluster_type,
        }
    }
}
