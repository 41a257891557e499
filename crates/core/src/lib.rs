//! The official async Rust client for the CloudPirates API.
//!
//! Every operation of the API is a typed async method, grouped by service
//! (`client.workspaces().members().update_role(..)`). The client rides out the API's
//! eventually consistent reads for its own writes, retries only what is safe to retry,
//! refreshes Bearer sessions, and pages through lists lazily.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emu = cloudpirates_emulator::Emulator::start(Default::default()).await?;
//! # unsafe { std::env::set_var("CLOUDPIRATES_API_KEY", emu.api_key()); std::env::set_var("CLOUDPIRATES_BASE_URL", emu.base_url()); }
//! use cloudpirates::Client;
//! use cloudpirates::models::CreateWorkspaceRequest;
//!
//! let client = Client::from_env()?; // CLOUDPIRATES_API_KEY, CLOUDPIRATES_BASE_URL
//! let me = client.auth().me().await?;
//! let ws = client.workspaces().create(&CreateWorkspaceRequest::new("Docs", "docs-example")).await?;
//! assert_eq!(client.workspaces().get(&ws.workspace_id).await?.workspace_name, "Docs");
//! # Ok(()) }
//! ```
#![warn(missing_docs)]

pub mod api;
mod auth;
mod client;
mod config;
mod consistency;
mod error;
pub mod models;
mod open_model;
mod operation;
mod pagination;
mod path;
mod retry;
mod secret;
mod transport;
mod typed;
pub mod waiters;

/// The README's examples, compiled as doc tests.
#[doc = include_str!("../../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub use auth::Credentials;
pub use client::{CallObserver, CallReport, Client, ClientBuilder, RawRequest, RawResponse};
pub use config::{Config, ConsistencyConfig, DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL, RequestOptions, parse_base_url};
pub use consistency::Consistency;
pub use error::{BusinessError, Error, ErrorKind, Result, ValidationError};
pub use operation::{AuthRequirement, Method, Operation, Paging, operation, operations};
pub use pagination::{Links, Page, PageInfo, PageParams, page_info, parse_link_header};
pub use path::encode_segment;
pub use retry::{RetryPolicy, parse_retry_after};
pub use secret::{REDACTED, Secret};
