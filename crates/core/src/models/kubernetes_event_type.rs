// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Kubernetes event type (uppercase; there is no Error type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum KubernetesEventType {
    /// `NORMAL`
    #[serde(rename = "NORMAL")]
    Normal,
    /// `WARNING`
    #[serde(rename = "WARNING")]
    Warning,
    /// A value this version of the SDK does not know.
    #[serde(other)]
    Unknown,
}

impl KubernetesEventType {
    /// Every known value.
    pub const ALL: &'static [KubernetesEventType] = &[KubernetesEventType::Normal, KubernetesEventType::Warning];

    /// The value on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            KubernetesEventType::Normal => "NORMAL",
            KubernetesEventType::Warning => "WARNING",
            KubernetesEventType::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for KubernetesEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for KubernetesEventType {
    type Err = crate::Error;

    /// Parses a wire value (exact, UPPERCASE).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "NORMAL" => Ok(KubernetesEventType::Normal),
            "WARNING" => Ok(KubernetesEventType::Warning),
            other => Err(crate::Error::invalid_input(format!("{other:?} is not a valid KubernetesEventType (expected one of: NORMAL, WARNING)"))),
        }
    }
}
