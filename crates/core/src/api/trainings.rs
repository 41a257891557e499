// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Operations of the `trainings` service.

#![allow(unused_imports)]

use futures_util::stream::BoxStream;

use super::operations::{OPERATIONS, idx};
use crate::client::Client;
use crate::error::Result;
use crate::models;
use crate::pagination::{Page, PageParams};

impl Client {
    /// Operations of `trainings`.
    pub fn trainings(&self) -> Trainings {
        Trainings { client: self.clone() }
    }
}

/// Operations of `trainings`.
#[derive(Debug, Clone)]
pub struct Trainings {
    client: Client,
}

impl Trainings {
    /// List trainings
    ///
    /// `GET /v1/trainings` (operation `trainings.list`).
    pub async fn list(&self, page: PageParams) -> Result<Page<models::Training>> {
        let req = Client::request::<()>(vec![], { let mut q = Vec::new(); page.push_query(&mut q); q }, None)?;
        self.client.call_page(&OPERATIONS[idx::TRAININGS_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, page: PageParams) -> BoxStream<'static, Result<models::Training>> {
        self.client.stream_all(&OPERATIONS[idx::TRAININGS_LIST], vec![], Vec::new(), page)
    }
}
