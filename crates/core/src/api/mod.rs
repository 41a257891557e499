// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Typed operations, one file per service; every method is described in
//! `openapi/cloudpirates.yaml` and goes through [`crate::Client::execute`].

pub mod errors;
pub mod operations;
mod auth;
mod workspaces;
mod billing;
mod clusters;
mod observability;
mod applications;
mod trainings;

pub use auth::*;
pub use workspaces::*;
pub use billing::*;
pub use clusters::*;
pub use observability::*;
pub use applications::*;
pub use trainings::*;
