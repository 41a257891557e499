//! One HTTP attempt over the shared connection pool, and the classification of its failure.

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderValue};

use crate::config::Config;
use crate::error::{Error, ErrorKind, Result};
use crate::operation::Method;
use crate::retry::Failure;

/// What the server answered to one attempt.
pub(crate) struct HttpReply {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// The shared connection pool.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    http: reqwest::Client,
}

impl Transport {
    pub(crate) fn new(config: &Config) -> Result<Self> {
        let mut ua = format!("cloudpirates-rust/{}", env!("CARGO_PKG_VERSION"));
        if let Some(s) = &config.user_agent_suffix {
            ua.push(' ');
            ua.push_str(s);
        }
        let http = reqwest::Client::builder()
            .user_agent(ua)
            .connect_timeout(config.connect_timeout)
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_max_idle_per_host(256)
            .tcp_nodelay(true)
            .build()
            .map_err(|e| Error::new(ErrorKind::Config, format!("cannot build the HTTP client: {e}")))?;
        Ok(Transport { http })
    }

    /// Sends one attempt with `timeout` as its whole budget (including the body).
    pub(crate) async fn send(
        &self,
        method: Method,
        url: &url::Url,
        auth: Option<HeaderValue>,
        body: Option<&Bytes>,
        timeout: Duration,
    ) -> std::result::Result<HttpReply, (Failure, reqwest::Error)> {
        let mut req = self.http.request(method.to_reqwest(), url.clone()).timeout(timeout);
        if let Some(a) = auth {
            req = req.header(reqwest::header::AUTHORIZATION, a);
        }
        req = req.header(reqwest::header::ACCEPT, "application/json");
        if let Some(b) = body {
            req = req.header(reqwest::header::CONTENT_TYPE, "application/json").body(b.clone());
        }
        let mut resp = req.send().await.map_err(|e| (classify(&e), e))?;
        let status = resp.status().as_u16();
        let headers = std::mem::take(resp.headers_mut());
        let body =
            resp.bytes().await.map_err(|e| (if e.is_timeout() { Failure::Timeout } else { Failure::Reset }, e))?;
        Ok(HttpReply { status, headers, body })
    }
}

/// Connect errors never reached the server; everything else may have.
fn classify(e: &reqwest::Error) -> Failure {
    if e.is_timeout() {
        Failure::Timeout
    } else if e.is_connect() {
        Failure::NotSent
    } else {
        Failure::Reset
    }
}
