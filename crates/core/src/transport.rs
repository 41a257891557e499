//! One HTTP attempt over the shared connection pool, and the classification of its failure.

use std::time::{Duration, Instant};

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

    /// Sends one attempt that must be over (body included) by `deadline`. Failures come
    /// with their classification and an error that never holds the URL (its query may carry
    /// a signed token).
    pub(crate) async fn send(
        &self,
        method: Method,
        url: &url::Url,
        auth: Option<HeaderValue>,
        body: Option<&Bytes>,
        deadline: Instant,
    ) -> std::result::Result<HttpReply, (Failure, Error)> {
        // One timer for the whole attempt, kept inside this future (reqwest's per-request
        // timeout boxes a timer and wraps the body in another layer).
        match tokio::time::timeout_at(deadline.into(), self.attempt(method, url, auth, body)).await {
            Ok(r) => r.map_err(|(f, e)| (f, without_url(&e))),
            Err(_) => {
                Err((Failure::Timeout, Error::new(ErrorKind::Timeout, "the attempt ran past the call's deadline")))
            }
        }
    }

    async fn attempt(
        &self,
        method: Method,
        url: &url::Url,
        auth: Option<HeaderValue>,
        body: Option<&Bytes>,
    ) -> std::result::Result<HttpReply, (Failure, reqwest::Error)> {
        let mut req = self.http.request(method.to_reqwest(), url.clone());
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

/// reqwest errors carry the URL, whose query may hold a signed token: drop it.
pub(crate) fn without_url(e: &reqwest::Error) -> Error {
    let mut s = e.to_string();
    if let Some(u) = e.url() {
        s = s.replace(u.as_str(), "<url>");
    }
    Error::new(ErrorKind::Connection, s)
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
