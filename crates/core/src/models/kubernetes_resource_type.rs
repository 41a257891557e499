// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Kubernetes resource kinds supported by the kubernetes-proxy routes. Documentation only: the `resourceType` path parameter is NOT typed with this enum because the server accepts any case (it upper-cases the value). Singular only; plurals and unsupported kinds (INGRESS, REPLICASET) are a 400. NODE and NAMESPACE are cluster-scoped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum KubernetesResourceType {
    /// `CRONJOB`
    #[serde(rename = "CRONJOB")]
    Cronjob,
    /// `DAEMONSET`
    #[serde(rename = "DAEMONSET")]
    Daemonset,
    /// `DEPLOYMENT`
    #[serde(rename = "DEPLOYMENT")]
    Deployment,
    /// `JOB`
    #[serde(rename = "JOB")]
    Job,
    /// `NAMESPACE`
    #[serde(rename = "NAMESPACE")]
    Namespace,
    /// `NODE`
    #[serde(rename = "NODE")]
    Node,
    /// `POD`
    #[serde(rename = "POD")]
    Pod,
    /// `SERVICE`
    #[serde(rename = "SERVICE")]
    Service,
    /// `STATEFULSET`
    #[serde(rename = "STATEFULSET")]
    Statefulset,
    /// A value this version of the SDK does not know.
    #[serde(other)]
    Unknown,
}

impl KubernetesResourceType {
    /// Every known value.
    pub const ALL: &'static [KubernetesResourceType] = &[KubernetesResourceType::Cronjob, KubernetesResourceType::Daemonset, KubernetesResourceType::Deployment, KubernetesResourceType::Job, KubernetesResourceType::Namespace, KubernetesResourceType::Node, KubernetesResourceType::Pod, KubernetesResourceType::Service, KubernetesResourceType::Statefulset];

    /// The value on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            KubernetesResourceType::Cronjob => "CRONJOB",
            KubernetesResourceType::Daemonset => "DAEMONSET",
            KubernetesResourceType::Deployment => "DEPLOYMENT",
            KubernetesResourceType::Job => "JOB",
            KubernetesResourceType::Namespace => "NAMESPACE",
            KubernetesResourceType::Node => "NODE",
            KubernetesResourceType::Pod => "POD",
            KubernetesResourceType::Service => "SERVICE",
            KubernetesResourceType::Statefulset => "STATEFULSET",
            KubernetesResourceType::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for KubernetesResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for KubernetesResourceType {
    type Err = crate::Error;

    /// Parses a wire value (exact, UPPERCASE).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "CRONJOB" => Ok(KubernetesResourceType::Cronjob),
            "DAEMONSET" => Ok(KubernetesResourceType::Daemonset),
            "DEPLOYMENT" => Ok(KubernetesResourceType::Deployment),
            "JOB" => Ok(KubernetesResourceType::Job),
            "NAMESPACE" => Ok(KubernetesResourceType::Namespace),
            "NODE" => Ok(KubernetesResourceType::Node),
            "POD" => Ok(KubernetesResourceType::Pod),
            "SERVICE" => Ok(KubernetesResourceType::Service),
            "STATEFULSET" => Ok(KubernetesResourceType::Statefulset),
            other => Err(crate::Error::invalid_input(format!("{other:?} is not a valid KubernetesResourceType (expected one of: CRONJOB, DAEMONSET, DEPLOYMENT, JOB, NAMESPACE, NODE, POD, SERVICE, STATEFULSET)"))),
        }
    }
}
