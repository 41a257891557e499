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

impl CreateClusterRequest {
    /// A builder that names each field (beside [`CreateClusterRequest::new`], which takes them in order).
    pub fn builder() -> CreateClusterRequestBuilder {
        CreateClusterRequestBuilder::default()
    }
}

/// Builds a [`CreateClusterRequest`] field by field; see [`CreateClusterRequest::builder`].
#[derive(Clone, Default)]
#[must_use]
pub struct CreateClusterRequestBuilder {
    cluster_name: Option<String>,
    cluster_type: Option<ClusterType>,
}

impl std::fmt::Debug for CreateClusterRequestBuilder {
    /// Which fields are set; never their values.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("CreateClusterRequestBuilder");
        d.field("cluster_name", &self.cluster_name.is_some());
        d.field("cluster_type", &self.cluster_type.is_some());
        d.finish()
    }
}

impl CreateClusterRequestBuilder {
    /// Sets `clusterName` (required).
    pub fn cluster_name(mut self, value: impl Into<String>) -> Self {
        self.cluster_name = Some(value.into());
        self
    }

    /// Sets `clusterType` (required).
    pub fn cluster_type(mut self, value: ClusterType) -> Self {
        self.cluster_type = Some(value);
        self
    }

    /// The value; an [`crate::ErrorKind::InvalidInput`] error names every required field left unset.
    pub fn build(self) -> crate::Result<CreateClusterRequest> {
        let mut missing: Vec<&str> = Vec::new();
        if self.cluster_name.is_none() {
            missing.push("clusterName");
        }
        if self.cluster_type.is_none() {
            missing.push("clusterType");
        }
        let (Some(cluster_name), Some(cluster_type)) = (self.cluster_name, self.cluster_type) else {
            return Err(crate::Error::invalid_input(format!("CreateClusterRequest: required field(s) not set: {}", missing.join(", "))));
        };
        Ok(CreateClusterRequest {
            cluster_name,
            cluster_type,
        })
    }
}
