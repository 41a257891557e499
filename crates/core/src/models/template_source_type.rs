// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Source type of an application template (only HELM_CHART is known).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TemplateSourceType {
    /// `HELM_CHART`
    #[serde(rename = "HELM_CHART")]
    HelmChart,
    /// A value this version of the SDK does not know.
    #[serde(other)]
    Unknown,
}

impl TemplateSourceType {
    /// Every known value.
    pub const ALL: &'static [TemplateSourceType] = &[TemplateSourceType::HelmChart];

    /// The value on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            TemplateSourceType::HelmChart => "HELM_CHART",
            TemplateSourceType::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for TemplateSourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TemplateSourceType {
    type Err = crate::Error;

    /// Parses a wire value (exact, UPPERCASE).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "HELM_CHART" => Ok(TemplateSourceType::HelmChart),
            other => Err(crate::Error::invalid_input(format!("{other:?} is not a valid TemplateSourceType (expected one of: HELM_CHART)"))),
        }
    }
}
