// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Cluster type. Only EXTERNAL can be created today; MANAGED answers 501.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum ClusterType {
    /// `EXTERNAL`
    #[serde(rename = "EXTERNAL")]
    External,
    /// `MANAGED`
    #[serde(rename = "MANAGED")]
    Managed,
    /// A value this version of the SDK does not know.
    #[serde(other)]
    Unknown,
}

impl ClusterType {
    /// Every known value.
    pub const ALL: &'static [ClusterType] = &[ClusterType::External, ClusterType::Managed];

    /// The value on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            ClusterType::External => "EXTERNAL",
            ClusterType::Managed => "MANAGED",
            ClusterType::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for ClusterType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ClusterType {
    type Err = crate::Error;

    /// Parses a wire value (exact, UPPERCASE).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "EXTERNAL" => Ok(ClusterType::External),
            "MANAGED" => Ok(ClusterType::Managed),
            other => Err(crate::Error::invalid_input(format!("{other:?} is not a valid ClusterType (expected one of: EXTERNAL, MANAGED)"))),
        }
    }
}
