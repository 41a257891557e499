// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Role of a workspace member. Uppercase only; title case (`Member`) is rejected with 400.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum WorkspaceMemberRole {
    /// `OWNER`
    #[serde(rename = "OWNER")]
    Owner,
    /// `MEMBER`
    #[serde(rename = "MEMBER")]
    Member,
    /// `VIEWER`
    #[serde(rename = "VIEWER")]
    Viewer,
    /// A value this version of the SDK does not know.
    #[serde(other)]
    Unknown,
}

impl WorkspaceMemberRole {
    /// Every known value.
    pub const ALL: &'static [WorkspaceMemberRole] = &[WorkspaceMemberRole::Owner, WorkspaceMemberRole::Member, WorkspaceMemberRole::Viewer];

    /// The value on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            WorkspaceMemberRole::Owner => "OWNER",
            WorkspaceMemberRole::Member => "MEMBER",
            WorkspaceMemberRole::Viewer => "VIEWER",
            WorkspaceMemberRole::Unknown => "UNKNOWN",
        }
    }
}

impl std::fmt::Display for WorkspaceMemberRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for WorkspaceMemberRole {
    type Err = crate::Error;

    /// Parses a wire value (exact, UPPERCASE).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "OWNER" => Ok(WorkspaceMemberRole::Owner),
            "MEMBER" => Ok(WorkspaceMemberRole::Member),
            "VIEWER" => Ok(WorkspaceMemberRole::Viewer),
            other => Err(crate::Error::invalid_input(format!("{other:?} is not a valid WorkspaceMemberRole (expected one of: OWNER, MEMBER, VIEWER)"))),
        }
    }
}
