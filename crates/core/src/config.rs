//! Client configuration: base URL rules, timeouts, retry and consistency settings.

use std::net::IpAddr;
use std::time::Duration;

use url::Url;

use crate::consistency::Consistency;
use crate::error::{Error, ErrorKind, Result};
use crate::retry::RetryPolicy;

/// The production API.
pub const DEFAULT_BASE_URL: &str = "https://api.cloudpirates.io/v1";
/// Environment variable holding an API key.
pub const ENV_API_KEY: &str = "CLOUDPIRATES_API_KEY";
/// Environment variable overriding the base URL.
pub const ENV_BASE_URL: &str = "CLOUDPIRATES_BASE_URL";

/// Settings shared by every call of a client (each can be overridden per call through
/// [`RequestOptions`]).
#[derive(Debug, Clone)]
pub struct Config {
    /// Base URL including the `/v1` prefix, without a trailing slash.
    pub base_url: Url,
    /// Total deadline of one call: every attempt, backoff and consistency wait.
    pub timeout: Duration,
    /// Deadline for opening a connection.
    pub connect_timeout: Duration,
    /// Extra text appended to the `User-Agent`.
    pub user_agent_suffix: Option<String>,
    /// Retry rules.
    pub retry: RetryPolicy,
    /// Read-your-writes behaviour.
    pub consistency: ConsistencyConfig,
}

/// How the client rides out the read models' lag.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConsistencyConfig {
    /// Default mode of every call.
    pub mode: Consistency,
    /// How long after a write its paths stay in the ledger.
    pub window: Duration,
    /// The longest a single read waits for the caller's own write to become visible.
    pub max_wait: Duration,
    /// First delay between consistency re-reads.
    pub min_delay: Duration,
    /// Largest delay between consistency re-reads.
    pub max_delay: Duration,
}

impl Default for ConsistencyConfig {
    fn default() -> Self {
        ConsistencyConfig {
            mode: Consistency::ReadYourWrites,
            window: Duration::from_secs(10),
            max_wait: Duration::from_secs(5),
            min_delay: Duration::from_millis(50),
            max_delay: Duration::from_secs(1),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base_url: Url::parse(DEFAULT_BASE_URL).expect("default base URL"),
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            user_agent_suffix: None,
            retry: RetryPolicy::default(),
            consistency: ConsistencyConfig::default(),
        }
    }
}

/// Per-call overrides. `None` keeps the client's setting.
///
/// ```
/// use std::time::Duration;
/// use cloudpirates::RequestOptions;
/// let opts = RequestOptions { timeout: Some(Duration::from_secs(5)), ..Default::default() }
///     .header("X-Correlation-Id", "order-42");
/// assert_eq!(opts.headers, [("X-Correlation-Id".to_string(), "order-42".to_string())]);
/// ```
#[derive(Clone, Default, PartialEq)]
pub struct RequestOptions {
    /// Total deadline of this call.
    pub timeout: Option<Duration>,
    /// Retries allowed for this call.
    pub max_retries: Option<u32>,
    /// Consistency mode of this call.
    pub consistency: Option<Consistency>,
    /// Extra headers added to every request of this call, in order. They never replace the
    /// headers the client sets itself: `Authorization`, `Host`, `Content-Length`,
    /// `Content-Type` and the connection headers are refused with
    /// [`ErrorKind::InvalidInput`] when the call is made (see [`RESERVED_HEADERS`]).
    pub headers: Vec<(String, String)>,
    /// A consistency token from another client (see [`crate::Client::consistency_token`]):
    /// this call's reads ride out the lag of the writes it names, whatever the consistency
    /// mode. A malformed, oversized or (with a key) unsigned token fails the call with
    /// [`ErrorKind::InvalidInput`] before anything is sent; writes past the window are ignored.
    pub consistency_token: Option<String>,
}

/// Header names a per-call option may not set: the client owns them.
pub const RESERVED_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "host",
    "content-length",
    "content-type",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "upgrade",
    "te",
    "trailer",
];

impl RequestOptions {
    /// Adds one extra header (see [`RequestOptions::headers`]).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// These options over `base`: each set value wins; headers are `base`'s followed by
    /// these, a name given here replacing the same name (any case) in `base`.
    pub fn over(&self, base: &RequestOptions) -> RequestOptions {
        let mut headers: Vec<(String, String)> = base
            .headers
            .iter()
            .filter(|(n, _)| !self.headers.iter().any(|(m, _)| m.eq_ignore_ascii_case(n)))
            .cloned()
            .collect();
        headers.extend(self.headers.iter().cloned());
        RequestOptions {
            timeout: self.timeout.or(base.timeout),
            max_retries: self.max_retries.or(base.max_retries),
            consistency: self.consistency.or(base.consistency),
            headers,
            consistency_token: self.consistency_token.clone().or_else(|| base.consistency_token.clone()),
        }
    }

    /// The extra headers, checked: a clear [`ErrorKind::InvalidInput`] names a reserved, empty
    /// or malformed name, or a value that cannot be sent (control characters).
    pub(crate) fn header_map(&self) -> Result<reqwest::header::HeaderMap> {
        use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
        let mut map = HeaderMap::new();
        for (name, value) in &self.headers {
            let bad = |why: &str| Error::invalid_input(format!("extra header {name:?}: {why}"));
            let n = HeaderName::from_bytes(name.trim().as_bytes()).map_err(|_| bad("not a valid header name"))?;
            if RESERVED_HEADERS.contains(&n.as_str()) {
                return Err(bad("the client sets this header itself; it cannot be given per call"));
            }
            let v = HeaderValue::from_str(value).map_err(|_| {
                bad("the value holds characters a header cannot carry (control characters or non-ASCII)")
            })?;
            map.append(n, v);
        }
        Ok(map)
    }
}

impl std::fmt::Debug for RequestOptions {
    /// Header values whose name looks secret (see [`crate::is_secret_name`]) are redacted.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), if crate::secret::is_secret_name(n) { crate::REDACTED } else { v.as_str() }))
            .collect();
        f.debug_struct("RequestOptions")
            .field("timeout", &self.timeout)
            .field("max_retries", &self.max_retries)
            .field("consistency", &self.consistency)
            .field("headers", &headers)
            .field("consistency_token", &self.consistency_token.as_ref().map(|_| "<token>"))
            .finish()
    }
}

/// Parses and checks a base URL: `https`, or `http` on a loopback host only; no query or
/// fragment. A trailing slash is removed.
pub fn parse_base_url(raw: &str) -> Result<Url> {
    let trimmed = raw.trim();
    // Every message below shows the URL without its user info: it may hold a password.
    let shown = without_userinfo(trimmed);
    let trimmed_for_errors = shown.as_str();
    let mut url = Url::parse(trimmed).map_err(|e| {
        Error::new(ErrorKind::Config, format!("base URL {trimmed_for_errors:?} is not a valid URL: {e}"))
    })?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(Error::new(
                ErrorKind::Config,
                format!(
                    "base URL {trimmed_for_errors:?} must use https (plain http is allowed only for localhost, 127.0.0.0/8 and [::1])"
                ),
            ));
        }
        other => {
            return Err(Error::new(
                ErrorKind::Config,
                format!("base URL scheme {other:?} is not supported; use https"),
            ));
        }
    }
    if url.host().is_none() {
        return Err(Error::new(ErrorKind::Config, format!("base URL {trimmed_for_errors:?} has no host")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::new(
            ErrorKind::Config,
            format!("base URL {trimmed_for_errors:?} must not carry a query or fragment"),
        ));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::new(ErrorKind::Config, "base URL must not embed credentials"));
    }
    let path = url.path().trim_end_matches('/').to_owned();
    url.set_path(&path);
    Ok(url)
}

/// `scheme://user:password@host/...` as `scheme://***@host/...` (also for text that is not a
/// valid URL).
fn without_userinfo(raw: &str) -> String {
    let Some(start) = raw.find("://").map(|i| i + 3) else {
        return match raw.rfind('@') {
            Some(at) => format!("***@{}", &raw[at + 1..]),
            None => raw.to_owned(),
        };
    };
    let authority_end = raw[start..].find(['/', '?', '#']).map_or(raw.len(), |i| start + i);
    match raw[start..authority_end].rfind('@') {
        Some(at) => format!("{}***@{}", &raw[..start], &raw[start + at + 1..]),
        None => raw.to_owned(),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_and_loopback_http_are_accepted() {
        assert_eq!(
            parse_base_url("https://api.cloudpirates.io/v1/").unwrap().as_str(),
            "https://api.cloudpirates.io/v1"
        );
        assert!(parse_base_url("http://localhost:8080/v1").is_ok());
        assert!(parse_base_url("http://127.0.0.5:1/v1").is_ok());
        assert!(parse_base_url("http://[::1]:9/v1").is_ok());
    }

    #[test]
    fn a_rejected_url_never_echoes_its_password() {
        for bad in [
            "http://user:hunter2@api.cloudpirates.io/v1",
            "https://user:hunter2@h/v1?x=1",
            "ftp://user:hunter2@h/v1",
            "https://user:hunter2@h/v1#frag",
            "https://user:hunter2@/v1",
            "not a url user:hunter2@",
            "https://user:hunter2@h:99999/v1",
        ] {
            let e = parse_base_url(bad).unwrap_err();
            assert!(!e.to_string().contains("hunter2"), "{e}");
            assert!(!format!("{e:?}").contains("hunter2"), "{e:?}");
        }
    }

    #[test]
    fn plain_http_elsewhere_and_odd_urls_are_rejected() {
        for bad in [
            "http://api.cloudpirates.io/v1",
            "ftp://x/v1",
            "not a url",
            "https://h/v1?x=1",
            "https://u:p@h/v1",
            "http://10.0.0.1/v1",
        ] {
            let e = parse_base_url(bad).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Config, "{bad}");
        }
    }
}
