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

/// Largest response body read by default (64 MiB); see `ClientBuilder::max_response_bytes`.
pub(crate) const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

/// The shared connection pool.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    http: reqwest::Client,
    max_body: u64,
    /// The `User-Agent` sent on each request when the caller supplied the HTTP client (whose
    /// own default would otherwise name it); `None` when the client was built here.
    user_agent: Option<HeaderValue>,
}

/// Why an attempt failed: its classification for the retry rules, and the error.
pub(crate) type AttemptError = (Failure, Error);

impl Transport {
    pub(crate) fn new(config: &Config, max_body: u64, custom: Option<reqwest::Client>) -> Result<Self> {
        let mut ua = format!("cloudpirates-rust/{}", env!("CARGO_PKG_VERSION"));
        if let Some(s) = &config.user_agent_suffix {
            ua.push(' ');
            ua.push_str(s);
        }
        if let Some(http) = custom {
            let user_agent = HeaderValue::from_str(&ua).map_err(|_| {
                Error::new(ErrorKind::Config, "the User-Agent suffix holds characters a header cannot carry")
            })?;
            return Ok(Transport { http, max_body, user_agent: Some(user_agent) });
        }
        let http = reqwest::Client::builder()
            .user_agent(ua)
            .connect_timeout(config.connect_timeout)
            .pool_idle_timeout(Duration::from_secs(90))
            .pool_max_idle_per_host(256)
            .tcp_nodelay(true)
            // The API documents no redirect. Following one would send the Authorization
            // header, a password or a refresh token to wherever it points, turn a POST into
            // a GET, or re-send a write: a 3xx comes back as it is and becomes an error.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::new(ErrorKind::Config, format!("cannot build the HTTP client: {e}")))?;
        Ok(Transport { http, max_body, user_agent: None })
    }

    /// Sends one attempt that must be over (body included) by `deadline`. Failures come
    /// with their classification and an error that never holds the URL (its query may carry
    /// a signed token).
    pub(crate) async fn send(
        &self,
        method: Method,
        url: &url::Url,
        auth: Option<HeaderValue>,
        extra: Option<&HeaderMap>,
        body: Option<&Bytes>,
        deadline: Instant,
    ) -> std::result::Result<HttpReply, AttemptError> {
        // One timer for the whole attempt, kept inside this future (reqwest's per-request
        // timeout boxes a timer and wraps the body in another layer).
        match tokio::time::timeout_at(deadline.into(), self.attempt(method, url, auth, extra, body)).await {
            Ok(r) => r,
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
        extra: Option<&HeaderMap>,
        body: Option<&Bytes>,
    ) -> std::result::Result<HttpReply, AttemptError> {
        let mut req = self.http.request(method.to_reqwest(), url.clone());
        if let Some(a) = auth {
            req = req.header(reqwest::header::AUTHORIZATION, a);
        }
        req = req.header(reqwest::header::ACCEPT, "application/json");
        if let Some(ua) = &self.user_agent {
            req = req.header(reqwest::header::USER_AGENT, ua.clone());
        }
        if let Some(b) = body {
            req = req.header(reqwest::header::CONTENT_TYPE, "application/json").body(b.clone());
        }
        if let Some(extra) = extra {
            // Reserved names (Authorization, Content-Type, ...) never get here
            // (`RequestOptions::header_map`); others, such as `Accept`, replace the default.
            req = req.headers(extra.clone());
        }
        let mut resp = req.send().await.map_err(|e| (classify(&e), without_url(&e)))?;
        let status = resp.status().as_u16();
        if resp.url() != url {
            // Only a caller-supplied HTTP client can get here (ours follows no redirect): the
            // answer is not the API's, and a write may have been applied or re-sent.
            let e = Error::new(
                ErrorKind::Connection,
                format!(
                    "the HTTP client followed a redirect (HTTP {status} from another URL); the API documents none: build the reqwest::Client with redirect::Policy::none()"
                ),
            );
            return Err((Failure::Redirected(status), e.with_may_have_executed(method != Method::Get)));
        }
        let headers = std::mem::take(resp.headers_mut());
        let too_large = |status: u16| {
            let e = Error::new(
                ErrorKind::Decode,
                format!(
                    "the response body (HTTP {status}) is larger than the client's cap of {} bytes (ClientBuilder::max_response_bytes)",
                    self.max_body
                ),
            );
            // The server answered: for a write, it may well have applied it.
            (Failure::TooLarge(status), e.with_status(status).with_may_have_executed(method != Method::Get))
        };
        if resp.content_length().is_some_and(|n| n > self.max_body) {
            return Err(too_large(status));
        }
        let mut body = bytes::BytesMut::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if (body.len() + chunk.len()) as u64 > self.max_body {
                        return Err(too_large(status));
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err((if e.is_timeout() { Failure::Timeout } else { Failure::Reset }, without_url(&e)));
                }
            }
        }
        Ok(HttpReply { status, headers, body: body.freeze() })
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
