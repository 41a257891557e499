//! What every language binding needs from the core, stated once: client settings from strings
//! and milliseconds, operation lookup by id, the credential kind, consistency by name, the
//! paging rule, the GET-only waiter rule, per-call options, and which names are secret.
//!
//! A binding converts its language's values into these calls and hands results back; it
//! decides nothing itself. Two bindings that need the same rule call the same function here.
//!
//! ```
//! use cloudpirates::bridge::{self, Settings};
//! let mut s = Settings::default();
//! s.api_key = Some("cpk_example".into());
//! s.timeout_ms = Some(5_000);
//! s.consistency = Some("strong".into());
//! let client = s.build("python").unwrap();
//! assert_eq!(bridge::credential_kind(&client), "api_key");
//! let op = bridge::operation("workspaces.list").unwrap();
//! assert_eq!(bridge::page_query(op, Some(5), None).unwrap(), [("limit".to_string(), "5".to_string())]);
//! assert!(bridge::check_waiter(bridge::operation("workspaces.create").unwrap()).is_err());
//! ```

use std::time::{Duration, UNIX_EPOCH};

/// The fields of the core's `tracing` events as plain values, for each binding's logger.
#[path = "log_fields.rs"]
pub mod log_fields;

use crate::auth::Credentials;
use crate::client::{Client, RawResponse};
use crate::config::RequestOptions;
use crate::consistency::Consistency;
use crate::error::{Error, ErrorKind, Result};
use crate::operation::{Method, Operation, Paging};
use crate::secret::Secret;

/// Client settings as every binding receives them: strings, counts and milliseconds.
/// `None` keeps the core's default. Build with [`Settings::build`].
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct Settings {
    /// API key (`Authorization: ApiKey ...`).
    pub api_key: Option<String>,
    /// Bearer access token.
    pub access_token: Option<String>,
    /// Refresh token of the Bearer session.
    pub refresh_token: Option<String>,
    /// When the access token expires, in ms since the Unix epoch.
    pub access_token_expires_at_ms: Option<u64>,
    /// Base URL including `/v1`.
    pub base_url: Option<String>,
    /// Total deadline of one call, in ms (> 0).
    pub timeout_ms: Option<u64>,
    /// Deadline for opening a connection, in ms (> 0).
    pub connect_timeout_ms: Option<u64>,
    /// Retries after the first attempt.
    pub max_retries: Option<u32>,
    /// `read_your_writes`, `strong` or `eventual`.
    pub consistency: Option<String>,
    /// Text appended to the binding's own `User-Agent` part.
    pub user_agent_suffix: Option<String>,
    /// Largest response body read, in bytes (> 0).
    pub max_response_bytes: Option<u64>,
    /// Fall back to `CLOUDPIRATES_API_KEY` / `CLOUDPIRATES_BASE_URL` when no credential or base
    /// URL is given.
    pub use_env: bool,
    /// Key that signs consistency tokens (and is required on every token accepted).
    pub consistency_token_key: Option<String>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |o: &Option<String>| o.as_ref().map(|_| crate::REDACTED);
        f.debug_struct("Settings")
            .field("api_key", &set(&self.api_key))
            .field("access_token", &set(&self.access_token))
            .field("refresh_token", &set(&self.refresh_token))
            .field("base_url", &self.base_url)
            .field("timeout_ms", &self.timeout_ms)
            .field("max_retries", &self.max_retries)
            .field("consistency", &self.consistency)
            .finish_non_exhaustive()
    }
}

impl Settings {
    /// Checks every setting and builds the client. `binding` names the language in the
    /// `User-Agent` (`cloudpirates-<binding>/<version>`).
    pub fn build(&self, binding: &str) -> Result<Client> {
        let mut b = Client::builder();
        let mut api_key = self.api_key.clone();
        let mut base_url = self.base_url.clone();
        if self.use_env {
            let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
            if api_key.is_none() && self.access_token.is_none() {
                api_key = env(crate::config::ENV_API_KEY);
            }
            base_url = base_url.or_else(|| env(crate::config::ENV_BASE_URL));
        }
        match credentials(
            api_key,
            self.access_token.clone(),
            self.refresh_token.clone(),
            self.access_token_expires_at_ms,
        )? {
            Credentials::ApiKey(k) => b = b.api_key(k),
            Credentials::Bearer { access_token, refresh_token, expires_at } => {
                b = b.bearer(access_token, refresh_token);
                if let Some(at) = expires_at {
                    b = b.access_token_expires_at(at);
                }
            }
            _ => {}
        }
        if let Some(u) = base_url {
            b = b.base_url(u);
        }
        if let Some(ms) = self.timeout_ms {
            b = b.timeout(positive_ms("timeout", ms)?);
        }
        if let Some(ms) = self.connect_timeout_ms {
            b = b.connect_timeout(positive_ms("connect timeout", ms)?);
        }
        if let Some(n) = self.max_retries {
            b = b.max_retries(n);
        }
        if let Some(c) = &self.consistency {
            b = b.consistency(consistency(c)?);
        }
        if let Some(n) = self.max_response_bytes {
            b = b.max_response_bytes(n);
        }
        if let Some(k) = &self.consistency_token_key {
            b = b.consistency_token_key(k.clone());
        }
        let mut ua = format!("cloudpirates-{binding}/{}", env!("CARGO_PKG_VERSION"));
        if let Some(s) = &self.user_agent_suffix {
            ua.push(' ');
            ua.push_str(s);
        }
        b.user_agent_suffix(ua).build()
    }
}

fn config(msg: &str) -> Error {
    Error::new(ErrorKind::Config, msg)
}

fn positive_ms(what: &str, ms: u64) -> Result<Duration> {
    if ms == 0 {
        return Err(config(&format!("{what} must be greater than zero")));
    }
    Ok(Duration::from_millis(ms))
}

/// Credentials from an API key or a Bearer token pair: one or the other, never both; a refresh
/// token needs an access token; nothing at all is "no credentials".
pub fn credentials(
    api_key: Option<String>,
    access_token: Option<String>,
    refresh_token: Option<String>,
    access_token_expires_at_ms: Option<u64>,
) -> Result<Credentials> {
    match (api_key, access_token) {
        (Some(_), Some(_)) => Err(config("set either an API key or an access token, not both")),
        (Some(k), None) if refresh_token.is_none() => Ok(Credentials::ApiKey(Secret::new(k))),
        (_, None) if refresh_token.is_some() => Err(config("a refresh token needs an access token")),
        (None, Some(a)) => Ok(Credentials::Bearer {
            access_token: Secret::new(a),
            refresh_token: refresh_token.map(Secret::new),
            expires_at: access_token_expires_at_ms.map(|ms| UNIX_EPOCH + Duration::from_millis(ms)),
        }),
        _ => Ok(Credentials::None),
    }
}

/// Per-call options from milliseconds and names; `None` keeps the client's setting.
pub fn request_options(
    timeout_ms: Option<u64>,
    max_retries: Option<u32>,
    consistency_name: Option<&str>,
) -> Result<RequestOptions> {
    call_options(timeout_ms, max_retries, consistency_name, Vec::new(), None)
}

/// [`request_options`] with extra headers, checked here (a reserved or malformed header is an
/// [`ErrorKind::InvalidInput`] naming it) so that a binding fails before it starts the call,
/// and a consistency token, checked when the call starts against the client's key.
pub fn call_options(
    timeout_ms: Option<u64>,
    max_retries: Option<u32>,
    consistency_name: Option<&str>,
    headers: Vec<(String, String)>,
    consistency_token: Option<String>,
) -> Result<RequestOptions> {
    let opts = RequestOptions {
        timeout: timeout_ms.map(|ms| positive_ms("timeout", ms)).transpose()?,
        max_retries,
        consistency: consistency_name.map(consistency).transpose()?,
        headers,
        consistency_token,
    };
    opts.header_map()?;
    Ok(opts)
}

/// Runs one call and returns its output with the response metadata (status, headers, request
/// id, attempts, time waited) when `raw` is set; with `raw` unset nothing extra is built.
pub async fn with_meta<F: std::future::Future>(raw: bool, fut: F) -> (F::Output, Option<crate::ResponseMeta>) {
    if raw { crate::response::capture(fut).await } else { (fut.await, None) }
}

/// The operation with this dotted id, found through a map; a clear error when unknown.
pub fn operation(id: &str) -> Result<&'static Operation> {
    crate::catalog::operation(id).ok_or_else(|| Error::invalid_input(format!("unknown operation {id:?}")))
}

/// `none`, `api_key` or `bearer`: the kind of the client's current credentials.
pub fn credential_kind(client: &Client) -> &'static str {
    match client.credentials() {
        Credentials::ApiKey(_) => "api_key",
        Credentials::Bearer { .. } => "bearer",
        _ => "none",
    }
}

/// A consistency mode by name: `read_your_writes` (or `ryw`), `strong`, `eventual`.
pub fn consistency(name: &str) -> Result<Consistency> {
    Consistency::parse(name).ok_or_else(|| {
        Error::new(
            ErrorKind::Config,
            format!("unknown consistency {name:?} (expected read_your_writes, strong or eventual)"),
        )
    })
}

/// The paging rule: the query parameters a list call sends for a page. A paginated list sends
/// the `limit` given and the `offset` given; a list whose paging is unknown sends an offset
/// only past the first page. Anything else takes no paging, and giving it one is an error.
pub fn page_query(op: &Operation, limit: Option<u32>, offset: Option<u64>) -> Result<Vec<(String, String)>> {
    let mut q = Vec::new();
    match op.paging {
        Paging::Yes => {
            if let Some(l) = limit {
                if l == 0 {
                    return Err(Error::invalid_input(format!("{}: limit must be at least 1", op.id)));
                }
                q.push(("limit".to_owned(), l.to_string()));
            }
            if let Some(o) = offset {
                q.push(("offset".to_owned(), o.to_string()));
            }
        }
        Paging::Unknown => {
            if let Some(o) = offset.filter(|o| *o > 0) {
                q.push(("offset".to_owned(), o.to_string()));
            }
        }
        Paging::No if limit.is_some() || offset.is_some() => {
            return Err(Error::invalid_input(format!("{} is not a paginated list", op.id)));
        }
        Paging::No => {}
    }
    Ok(q)
}

/// The offset of the page after `resp`, or `None` when the list has ended: the core's reading
/// of the paging headers and links, and an empty page always ends the list.
pub fn next_offset(resp: &RawResponse) -> Option<u64> {
    let mut body = resp.body.iter().copied().filter(|b| !b.is_ascii_whitespace());
    if matches!((body.next(), body.next()), (None, _) | (Some(b'['), Some(b']'))) {
        return None; // no body, or an empty array: no items, so no next page
    }
    let info = resp.page.as_ref()?;
    let current = info.offset.unwrap_or(0);
    info.next_offset.filter(|n| *n > current)
}

/// A waiter polls an operation until a condition holds: only a read may be polled. A write
/// would be re-sent on every poll.
pub fn check_waiter(op: &Operation) -> Result<()> {
    if op.method == Method::Get {
        Ok(())
    } else {
        Err(Error::invalid_input(format!(
            "{} is a write ({}); a waiter polls a read (a GET operation), never a write",
            op.id,
            op.method.as_str()
        )))
    }
}

/// Runs a call's future so that a panic inside it becomes an error instead of unwinding into
/// the binding (which would leave a promise or future pending forever, or take the process
/// down). The error says the SDK failed and that a write may have been applied.
pub async fn catch_panic<F: std::future::Future>(fut: F) -> Result<F::Output> {
    use futures_util::FutureExt;
    std::panic::AssertUnwindSafe(fut).catch_unwind().await.map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_owned());
        Error::new(ErrorKind::Api, format!("the SDK failed internally (a panic: {msg}); a write may have been applied"))
            .with_may_have_executed(true)
    })
}

/// True for a field name that holds a secret (see [`crate::is_secret_name`]).
pub fn is_secret_name(name: &str) -> bool {
    crate::secret::is_secret_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_validated_once_here() {
        let mut s = Settings::default();
        s.api_key = Some("k".into());
        s.access_token = Some("t".into());
        assert_eq!(s.build("test").unwrap_err().kind(), ErrorKind::Config);
        let mut s = Settings::default();
        s.timeout_ms = Some(0);
        assert!(s.build("test").unwrap_err().message().contains("timeout"));
        let mut s = Settings::default();
        s.consistency = Some("sometimes".into());
        assert!(s.build("test").unwrap_err().message().contains("sometimes"));
        let mut s = Settings::default();
        s.refresh_token = Some("r".into());
        assert!(s.build("test").is_err());
        let mut s = Settings::default();
        s.api_key = Some("secret-key".into());
        assert!(!format!("{s:?}").contains("secret-key"));
    }

    #[test]
    fn operations_are_found_by_id() {
        assert_eq!(operation("workspaces.members.update_role").unwrap().path_params.len(), 2);
        assert_eq!(operation("nope").unwrap_err().kind(), ErrorKind::InvalidInput);
        for op in crate::catalog::operations() {
            assert!(std::ptr::eq(operation(op.id).unwrap(), op));
        }
    }

    #[test]
    fn the_paging_rule() {
        let list = operation("workspaces.list").unwrap();
        assert_eq!(page_query(list, None, None).unwrap(), []);
        assert_eq!(page_query(list, Some(5), Some(10)).unwrap().len(), 2);
        assert!(page_query(list, Some(0), None).is_err());
        let get = operation("workspaces.get").unwrap();
        assert!(page_query(get, Some(5), None).is_err());
        assert!(page_query(get, None, None).unwrap().is_empty());
    }

    #[test]
    fn waiters_poll_reads_only() {
        for op in crate::catalog::operations() {
            assert_eq!(check_waiter(op).is_ok(), op.method == Method::Get, "{}", op.id);
        }
    }

    #[tokio::test]
    async fn a_panic_becomes_an_error() {
        let e = catch_panic(async { panic!("boom") }).await.map(|()| ()).unwrap_err();
        assert!(e.message().contains("boom") && e.may_have_executed());
        assert_eq!(catch_panic(async { 7 }).await.unwrap(), 7);
    }

    #[test]
    fn an_empty_page_ends_the_list() {
        let mut resp = RawResponse {
            status: 200,
            body: bytes::Bytes::from_static(b" [ ] "),
            page: Some(crate::PageInfo { next_offset: Some(20), offset: Some(0), ..Default::default() }),
            request_id: None,
            attempts: 1,
            waited: Duration::ZERO,
        };
        assert_eq!(next_offset(&resp), None);
        resp.body = bytes::Bytes::from_static(b"[{}]");
        assert_eq!(next_offset(&resp), Some(20));
    }
}
