// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.

use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use super::*;

/// Change a member's role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateMemberRoleRequest {
    /// `role`
    #[serde(rename = "role")]
    pub role: WorkspaceMemberRole,
}

impl UpdateMemberRoleRequest {
    /// A value with the required fields set and the optional ones empty.
    pub fn new(role: WorkspaceMemberRole) -> Self {
        UpdateMemberRoleRequest {
            role,
        }
    }
}
